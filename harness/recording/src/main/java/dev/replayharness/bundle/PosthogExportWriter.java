package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * Writes any recording as a PostHog "Export to JSON" file, version 2023-04-28, which PostHog's file playback
 * imports: {@code {"version", "data": {"id", "person", "snapshots": [event + windowId]}}}. Streams; the events
 * are written uncompressed, in order.
 */
public final class PosthogExportWriter {

    /** The export version written. */
    public static final String VERSION = "2023-04-28";

    private final ObjectMapper mapper = new ObjectMapper();

    /** Writes {@code recording} to {@code out}, replaced atomically. */
    public void write(Recording recording, Path out) {
        AtomicReplace.write(out, "PostHog export", temp -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(temp.toFile(), JsonEncoding.UTF8);
                 EventStream events = recording.events()) {
                json.writeStartObject();
                json.writeStringField("version", VERSION);
                json.writeObjectFieldStart("data");
                json.writeStringField("id", recording.sessionId().orElse(null));
                json.writeNullField("person");
                json.writeArrayFieldStart("snapshots");
                while (events.hasNext()) {
                    RecordedEvent event = events.next();
                    ObjectNode snapshot = mapper.createObjectNode();
                    snapshot.setAll((ObjectNode) event.event().raw());
                    // PostHog's importer types windowId as a string; a window without an id gets its number.
                    String windowId = recording.windowSourceId(event.window());
                    snapshot.put("windowId", windowId != null ? windowId : String.valueOf(event.window() + 1));
                    mapper.writeTree(json, snapshot);
                    json.writeRaw('\n');
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndObject();
            }
            return null;
        });
    }
}
