package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * One rrweb event: a typed view over the event's JSON, which is kept whole in {@link #raw()}.
 *
 * <p>Unknown type codes become {@link UnknownEvent} rather than failing, so recordings from a newer rrweb
 * still load.
 */
public sealed interface RrwebEvent
        permits DomContentLoaded, Load, FullSnapshot, Incremental, Meta, Custom, Plugin, UnknownEvent {

    /** When the event happened, in epoch milliseconds as the recorder wrote it. */
    long timestamp();

    /** The whole event exactly as given, unknown fields included. Shared, not copied: never modify it. */
    JsonNode raw();

    /** The {@code type} number as written, known to this harness or not. */
    int typeCode();

    /** The event type, or empty for a code this harness does not know. */
    default Optional<EventType> type() {
        return EventType.fromCode(typeCode());
    }

    /**
     * Reads an event, parsing only its cheap scalar fields.
     *
     * @throws IllegalArgumentException when the event is not an object, has no integer {@code type}, no numeric
     *                                  {@code timestamp}, or is an incremental snapshot without an integer
     *                                  {@code data.source}; the message names the field and what was found
     *                                  (callers add the file and position)
     */
    static RrwebEvent of(JsonNode raw) {
        if (raw == null || !raw.isObject()) {
            throw new IllegalArgumentException("event must be a JSON object but found " + Json.excerpt(raw));
        }
        int type = Json.requireInt(raw, "type", "event");
        long timestamp = Json.require(raw, "timestamp", "a number", "event", JsonNode::isNumber).longValue();
        Optional<EventType> known = EventType.fromCode(type);
        if (known.isEmpty()) {
            return new UnknownEvent(timestamp, type, raw);
        }
        JsonNode data = raw.path("data");
        return switch (known.get()) {
            case DOM_CONTENT_LOADED -> new DomContentLoaded(timestamp, raw);
            case LOAD -> new Load(timestamp, raw);
            case FULL_SNAPSHOT -> new FullSnapshot(timestamp, raw);
            case INCREMENTAL_SNAPSHOT ->
                    new Incremental(timestamp, Json.requireInt(data, "source", "incremental snapshot data"), raw);
            case META -> new Meta(timestamp, Json.text(data, "href"),
                    Json.intOr(data, "width", 0), Json.intOr(data, "height", 0), raw);
            case CUSTOM -> new Custom(timestamp, Json.text(data, "tag"), raw);
            case PLUGIN -> new Plugin(timestamp, Json.text(data, "plugin"), raw);
        };
    }
}
