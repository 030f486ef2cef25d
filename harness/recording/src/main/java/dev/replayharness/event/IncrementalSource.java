package dev.replayharness.event;

import java.util.Optional;

/** What an incremental snapshot records ({@code data.source}), with the numbers rrweb writes. */
public enum IncrementalSource {
    MUTATION(0),
    MOUSE_MOVE(1),
    MOUSE_INTERACTION(2),
    SCROLL(3),
    VIEWPORT_RESIZE(4),
    INPUT(5),
    TOUCH_MOVE(6),
    MEDIA_INTERACTION(7),
    STYLE_SHEET_RULE(8),
    CANVAS_MUTATION(9),
    FONT(10),
    /** Console output as an incremental snapshot; only rrweb 1.x wrote it (2.x uses the console plugin). */
    LOG(11),
    DRAG(12),
    STYLE_DECLARATION(13),
    SELECTION(14),
    ADOPTED_STYLE_SHEET(15),
    CUSTOM_ELEMENT(16);

    private static final IncrementalSource[] VALUES = values();
    private final int code;

    IncrementalSource(int code) {
        this.code = code;
    }

    /** The number rrweb writes for this source. */
    public int code() {
        return code;
    }

    /** The source with this code, or empty for a code this harness does not know (a newer rrweb). */
    public static Optional<IncrementalSource> fromCode(int code) {
        return Codes.find(VALUES, IncrementalSource::code, code);
    }
}
