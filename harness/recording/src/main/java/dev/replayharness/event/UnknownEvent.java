package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** An event whose type code this harness does not know; kept whole so newer recordings still load and round-trip. */
public record UnknownEvent(long timestamp, int typeCode, JsonNode raw) implements RrwebEvent {

    public UnknownEvent {
        Objects.requireNonNull(raw, "raw");
    }
}
