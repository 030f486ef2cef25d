package dev.replayharness.event;

import java.util.Optional;

/** rrweb's top-level event type ({@code event.type}), with the numbers rrweb writes. */
public enum EventType {
    DOM_CONTENT_LOADED(0),
    LOAD(1),
    FULL_SNAPSHOT(2),
    INCREMENTAL_SNAPSHOT(3),
    META(4),
    CUSTOM(5),
    PLUGIN(6);

    private static final EventType[] VALUES = values();
    private final int code;

    EventType(int code) {
        this.code = code;
    }

    /** The number rrweb writes for this type. */
    public int code() {
        return code;
    }

    /** The type with this code, or empty for a code this harness does not know (a newer rrweb). */
    public static Optional<EventType> fromCode(int code) {
        return Codes.find(VALUES, EventType::code, code);
    }
}
