package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.event.RrwebEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Events of files found already in timestamp order, too many to keep: each pass reads the files again, so
 * nothing is stored, serialized or spilled. Exact duplicates share a timestamp in ordered input, so comparing
 * within a timestamp finds them all.
 */
final class RereadEvents implements OrderedEvents {

    private final List<Path> files;
    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final Map<String, Integer> windowIndex;

    RereadEvents(List<Path> files, ReadLimits limits, ObjectMapper mapper, Map<String, Integer> windowIndex) {
        this.files = List.copyOf(files);
        this.limits = limits;
        this.mapper = mapper;
        this.windowIndex = Map.copyOf(windowIndex);
    }

    @Override
    public EventStream open() {
        CheckedEvents source = new CheckedEvents(files, limits, mapper, ReadProgress.NONE);
        return new EventStream() {
            private final SameTimestampDuplicates<CheckedEvents.Event> duplicates = new SameTimestampDuplicates<>(
                    event -> 31 * event.window().hashCode() + event.json().size(),
                    (a, b) -> a.window().equals(b.window()) && a.json().equals(b.json()));
            private CheckedEvents.Event next;
            private long index;

            @Override
            public boolean hasNext() {
                while (next == null && source.hasNext()) {
                    CheckedEvents.Event candidate = source.next();
                    if (duplicates.isNew(candidate.timestamp(), candidate)) {
                        next = candidate;
                    }
                }
                return next != null;
            }

            @Override
            public RecordedEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CheckedEvents.Event event = next;
                next = null;
                return new RecordedEvent(index++, windowIndex.get(event.window()), RrwebEvent.of(event.json()));
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    @Override
    public void close() {
        // Nothing held: the files are read afresh on each pass.
    }
}
