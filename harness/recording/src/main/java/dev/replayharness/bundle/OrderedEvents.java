package dev.replayharness.bundle;

import java.io.Closeable;

/** Where a recording's ordered, deduplicated events come from on each pass. */
interface OrderedEvents extends Closeable {

    /** A new pass from the first event. */
    EventStream open();

    @Override
    void close();
}
