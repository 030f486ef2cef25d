package dev.replayharness.event;

import java.util.Optional;

/** The kind of a mouse/touch interaction ({@code data.type} of source 2), with the numbers rrweb writes. */
public enum MouseInteraction {
    MOUSE_UP(0),
    MOUSE_DOWN(1),
    CLICK(2),
    CONTEXT_MENU(3),
    DBL_CLICK(4),
    FOCUS(5),
    BLUR(6),
    TOUCH_START(7),
    /** rrweb's {@code TouchMove_Departed}: touch moves are recorded as source 6 instead. */
    TOUCH_MOVE_DEPARTED(8),
    TOUCH_END(9),
    TOUCH_CANCEL(10);

    private static final MouseInteraction[] VALUES = values();
    private final int code;

    MouseInteraction(int code) {
        this.code = code;
    }

    /** The number rrweb writes for this interaction. */
    public int code() {
        return code;
    }

    /** The interaction with this code, or empty for a code this harness does not know. */
    public static Optional<MouseInteraction> fromCode(int code) {
        return Codes.find(VALUES, MouseInteraction::code, code);
    }
}
