package dev.replayharness.bundle;


import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A recorded session, read from one or more files: its metadata and its ordered event stream. Events are held
 * in memory up to the sort budget and in temporary files beyond it, unless the input is large and already in
 * order: then each pass reads the files again. {@link #close()} deletes any temporary files.
 */
public final class Recording implements AutoCloseable {

    private final List<Path> files;
    private final SourceFormat format;
    private final SourceFormat originFormat;
    private final String sessionId;
    private final List<String> windowIds;
    private final long readCount;
    private final List<String> readerWarnings;
    private final OrderedEvents events;
    private RecordingMetadata metadata;

    Recording(List<Path> files, SourceFormat format, SourceFormat originFormat, String sessionId,
              List<String> windowIds, long readCount, List<String> readerWarnings, OrderedEvents events) {
        this.files = List.copyOf(files);
        this.format = format;
        this.originFormat = originFormat;
        this.sessionId = sessionId;
        this.windowIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(windowIds));
        this.readCount = readCount;
        this.readerWarnings = List.copyOf(readerWarnings);
        this.events = events;
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
    public RecordingMetadata metadata() {
        try {
            return passOver(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Takes one event at a time. */
    @FunctionalInterface
    interface EventAction {
        void accept(RecordedEvent event) throws java.io.IOException;
    }

    /**
     * One pass that hands every event to {@code action} and, when the metadata is not known yet, computes it
     * from the same pass, so a writer that needs both reads the events once.
     */
    synchronized RecordingMetadata passOver(EventAction action) throws java.io.IOException {
        if (metadata != null && action == null) {
            return metadata;
        }
        MetadataCollector collector = metadata == null ? new MetadataCollector() : null;
        try (EventStream stream = events()) {
            while (stream.hasNext()) {
                RecordedEvent event = stream.next();
                if (action != null) {
                    action.accept(event);
                }
                if (collector != null) {
                    collector.accept(event);
                }
            }
        }
        if (collector != null) {
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
        return events.open();
    }

    /** Deletes the temporary files that hold events beyond the memory budget, if any. */
    @Override
    public void close() {
        events.close();
    }
}
