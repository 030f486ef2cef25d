package dev.replayharness.bundle;

import dev.replayharness.event.RrwebEvent;

/**
 * An event of a recording, in order.
 *
 * @param index  0-based position in the ordered, deduplicated stream
 * @param window the window's {@link WindowInfo#index()}
 * @param event  the decompressed rrweb event
 */
public record RecordedEvent(long index, int window, RrwebEvent event) {

    /** Shorthand for {@code event().timestamp()}. */
    public long timestamp() {
        return event.timestamp();
    }
}
