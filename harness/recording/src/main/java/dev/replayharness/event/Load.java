package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** The page's load moment (type 1); carries nothing but its time. */
public record Load(long timestamp, JsonNode raw) implements RrwebEvent {

    public Load {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.LOAD.code();
    }
}
