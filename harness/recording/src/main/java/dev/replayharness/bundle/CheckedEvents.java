package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.event.RrwebEvent;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipException;

/**
 * Reads files one after another as decompressed, checked events in file order, turning every failure into a
 * {@link BundleException} that names the file, the format, the position and the event.
 */
final class CheckedEvents implements Iterator<CheckedEvents.Event>, AutoCloseable {

    /**
     * One event as read.
     *
     * @param window    the window as the source names it ("" when the format has none)
     * @param timestamp its timestamp
     * @param json      the decompressed event
     */
    record Event(String window, long timestamp, ObjectNode json) {
    }

    /** What one finished file said about itself. */
    record FileSummary(Path file, SourceFormat format, SourceFormat origin, String sessionId, List<String> warnings) {
    }

    private final Iterator<Path> files;
    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final ReadProgress progress;
    private final List<FileSummary> summaries = new ArrayList<>();
    private Path file;
    private SourceReader reader;
    private long index;
    private Event next;

    CheckedEvents(List<Path> files, ReadLimits limits, ObjectMapper mapper, ReadProgress progress) {
        this.files = files.iterator();
        this.limits = limits;
        this.mapper = mapper;
        this.progress = progress;
    }

    /** The files read to their end so far. */
    List<FileSummary> summaries() {
        return List.copyOf(summaries);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (reader == null && !openNextFile()) {
                return false;
            }
            next = read();
        }
        return true;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Event event = next;
        next = null;
        return event;
    }

    private boolean openNextFile() {
        if (!files.hasNext()) {
            return false;
        }
        file = files.next();
        index = 0;
        if (!Files.isRegularFile(file)) {
            throw new BundleException(file, null, null, Files.exists(file) ? "not a regular file" : "no such file");
        }
        try {
            reader = SourceOpener.open(file, limits, mapper, progress);
        } catch (IOException e) {
            throw new BundleException(file, null, null, explain(e), e);
        }
        return true;
    }

    /** The next event of the current file, or null when it ended (and the reader is closed). */
    private Event read() {
        try {
            SourceEvent source = reader.next();
            if (source == null) {
                SourceFormat origin = reader instanceof PortableBundleReader bundle ? bundle.originFormat()
                        : reader.format();
                summaries.add(new FileSummary(file, reader.format(), origin, reader.sessionId().orElse(null),
                        reader.warnings()));
                closeReader();
                return null;
            }
            String where = source.position() + ", event " + index++;
            ObjectNode event = source.event();
            try {
                CompressedEvents.open(event, mapper, limits);
            } catch (IOException e) {
                throw new BundleException(file, reader.format().description(), where, e.getMessage(), e);
            }
            long timestamp = check(where, event);
            return new Event(source.windowId() == null ? "" : source.windowId(), timestamp, event);
        } catch (BundleException e) {
            closeReader();
            throw e;
        } catch (IOException e) {
            String where = positionOf(e) + ", event " + index;
            String format = reader.format().description();
            closeReader();
            throw new BundleException(file, format, where, explain(e), e);
        }
    }

    private long check(String where, ObjectNode event) {
        JsonNode type = event.get("type");
        JsonNode timestamp = event.get("timestamp");
        if (type == null || !type.canConvertToInt() || timestamp == null || !timestamp.isNumber()) {
            throw new BundleException(file, reader.format().description(), where,
                    "expected an rrweb event with a numeric \"type\" and \"timestamp\", but found "
                            + JsonSupport.excerpt(event));
        }
        try {
            RrwebEvent.of(event);
        } catch (IllegalArgumentException e) {
            throw new BundleException(file, reader.format().description(), where, e.getMessage(), e);
        }
        return timestamp.asLong();
    }

    private String positionOf(IOException e) {
        if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            String located = JsonSupport.describe(json.getLocation());
            if (!located.isEmpty()) {
                return located;
            }
        }
        return reader.position();
    }

    private static String explain(IOException e) {
        if (e instanceof JsonProcessingException json) {
            return "invalid JSON: " + json.getOriginalMessage();
        }
        if (e instanceof EOFException) {
            return "the compressed data is truncated (" + e.getMessage() + ")";
        }
        if (e instanceof ZipException) {
            return "the compressed data is corrupt (" + e.getMessage() + ")";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage();
    }

    private void closeReader() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // Reading it is over either way.
            }
            reader = null;
        }
    }

    @Override
    public void close() {
        closeReader();
    }
}
