package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** The page's DOMContentLoaded moment (type 0); carries nothing but its time. */
public record DomContentLoaded(long timestamp, JsonNode raw) implements RrwebEvent {

    public DomContentLoaded {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.DOM_CONTENT_LOADED.code();
    }
}
