package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.event.RrwebEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A recorded session, read from one or more files: its metadata and its ordered event stream. Holds the
 * events in memory up to the sort budget and in temporary files beyond it; {@link #close()} deletes them.
 */
public final class Recording implements AutoCloseable {

    private final List<Path> files;
    private final SourceFormat format;
    private final SourceFormat originFormat;
    private final String sessionId;
    private final List<String> windowIds;
    private final long readCount;
    private final List<String> readerWarnings;
    private final EventSorter sorter;
    private final ObjectMapper mapper;
    private RecordingMetadata metadata;

    Recording(List<Path> files, SourceFormat format, SourceFormat originFormat, String sessionId,
              List<String> windowIds, long readCount, List<String> readerWarnings, EventSorter sorter,
              ObjectMapper mapper) {
        this.files = List.copyOf(files);
        this.format = format;
        this.originFormat = originFormat;
        this.sessionId = sessionId;
        this.windowIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(windowIds));
        this.readCount = readCount;
        this.readerWarnings = List.copyOf(readerWarnings);
        this.sorter = sorter;
        this.mapper = mapper;
    }

    /** The files it was read from. */
    public List<Path> files() {
        return files;
    }

    /** The detected format of its files. */
    public SourceFormat format() {
        return format;
    }

    /** The session id, when the source names one. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    /** Everything about the recording; computed by one pass over the events the first time it is asked for. */
    public synchronized RecordingMetadata metadata() {
        if (metadata == null) {
            MetadataCollector collector = new MetadataCollector();
            try (EventStream events = events()) {
                events.forEachRemaining(collector::accept);
            }
            metadata = collector.result(files.stream().map(f -> f.getFileName().toString()).toList(), format,
                    originFormat, sessionId, windowIds, readCount, readerWarnings);
        }
        return metadata;
    }

    /** Window {@code index}'s id as the source named it (null for formats without windows). */
    public String windowSourceId(int index) {
        return windowIds.get(index);
    }

    /** A new pass over the events, in order, decompressed and deduplicated. */
    public EventStream events() {
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
                    JsonNode raw = mapper.readTree(entry.json());
                    return new RecordedEvent(index++, entry.window(), RrwebEvent.of(raw));
                } catch (IOException e) {
                    throw new UncheckedIOException("re-reading an event the harness stored itself failed", e);
                }
            }

            @Override
            public void close() {
                // Spilled runs are read to the end or released with the recording.
            }
        };
    }

    /** Deletes the temporary files that hold events beyond the memory budget. */
    @Override
    public void close() {
        try {
            sorter.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
