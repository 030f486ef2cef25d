package dev.replayharness.bundle;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of a recording in timestamp order (ties keep file order), decompressed and without exact
 * duplicates, read one at a time. Close it to release the files it reads.
 */
public interface EventStream extends Iterator<RecordedEvent>, AutoCloseable {

    /** The remaining events as a sequential stream that closes this one when it is closed. */
    default Stream<RecordedEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    @Override
    void close();
}
