package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.event.RrwebEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** Events the loader sorted (in memory, or in spilled runs), parsed again as they are handed out. */
final class SortedEvents implements OrderedEvents {

    private final EventSorter sorter;
    private final ObjectMapper mapper;
    private final int[] windowIndex;

    /** @param windowIndex final window index by the number the loader gave each window as it appeared */
    SortedEvents(EventSorter sorter, ObjectMapper mapper, int[] windowIndex) {
        this.sorter = sorter;
        this.mapper = mapper;
        this.windowIndex = windowIndex;
    }

    @Override
    public EventStream open() {
        Iterator<EventSorter.Entry> entries = sorter.ordered();
        return new EventStream() {
            private long index;

            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public RecordedEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                EventSorter.Entry entry = entries.next();
                try {
                    return new RecordedEvent(index++, windowIndex[entry.window()], RrwebEvent.of(mapper.readTree(entry.json())));
                } catch (IOException e) {
                    throw new UncheckedIOException("re-reading an event the harness stored itself failed", e);
                }
            }

            @Override
            public void close() {
                // Spilled runs are released with the recording.
            }
        };
    }

    @Override
    public void close() {
        try {
            sorter.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
