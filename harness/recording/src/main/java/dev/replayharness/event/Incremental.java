package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/** An incremental snapshot (type 3): one change of the given source; the data is parsed on demand. */
public record Incremental(long timestamp, int sourceCode, JsonNode raw) implements RrwebEvent {

    public Incremental {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.INCREMENTAL_SNAPSHOT.code();
    }

    /** The source, or empty for a source code this harness does not know. */
    public Optional<IncrementalSource> source() {
        return IncrementalSource.fromCode(sourceCode);
    }

    /**
     * The typed data, parsed anew on each call (not cached, so holding many events stays cheap).
     *
     * @throws IllegalArgumentException when a field the source cannot do without is missing or of the wrong kind
     */
    public IncrementalData data() {
        return IncrementalData.of(sourceCode, raw.path("data"));
    }
}
