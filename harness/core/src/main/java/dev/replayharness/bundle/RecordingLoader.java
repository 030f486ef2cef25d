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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;

/**
 * Reads source files into a {@link Recording}: one streaming pass that opens compressed events, checks each is
 * an event, registers windows and hands the events to the sorter. Every failure becomes a
 * {@link BundleException} naming the file, the format, the position and the event.
 */
final class RecordingLoader {

    private final ReadLimits limits;
    private final ObjectMapper mapper;
    private final ReadProgress progress;

    RecordingLoader(ReadLimits limits, ReadProgress progress) {
        this.limits = limits;
        this.mapper = JsonSupport.mapper(limits);
        this.progress = progress;
    }

    Recording load(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to read");
        }
        EventSorter sorter = new EventSorter(limits.sortMemoryBytes());
        Map<String, long[]> windows = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        SourceFormat format = null;
        SourceFormat origin = null;
        String sessionId = null;
        long sequence = 0;
        try {
            for (Path file : files) {
                FileRead read = readFile(file, sorter, windows, sequence, warnings);
                sequence = read.nextSequence();
                if (format != null && format != read.format()) {
                    warnings.add(file.getFileName() + " is " + read.format().description() + ", the others "
                            + format.description());
                }
                format = format == null ? read.format() : format;
                origin = origin == null ? read.origin() : origin;
                if (sessionId == null) {
                    sessionId = read.sessionId();
                } else if (read.sessionId() != null && !read.sessionId().equals(sessionId)) {
                    warnings.add(file.getFileName() + " belongs to session " + read.sessionId() + ", not " + sessionId);
                }
            }
            sorter.finish();
        } catch (RuntimeException e) {
            closeQuietly(sorter);
            throw e;
        }
        // Windows are numbered by first appearance in time, so every format of a session numbers them alike.
        List<String> ids = new ArrayList<>(windows.keySet());
        ids.sort(Comparator.comparingLong((String id) -> windows.get(id)[0]).thenComparingLong(id -> windows.get(id)[1]));
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            renumber.put((int) windows.get(ids.get(i))[2], i);
        }
        EventSorter renumbered = renumber.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))
                ? sorter : renumberWindows(sorter, renumber);
        List<String> windowIds = ids.stream().map(id -> id.isEmpty() ? null : id).toList();
        return new Recording(files, format, origin, sessionId, windowIds, sequence, warnings, renumbered, mapper);
    }

    /** What one file contributed. */
    private record FileRead(SourceFormat format, SourceFormat origin, String sessionId, long nextSequence) {
    }

    private FileRead readFile(Path file, EventSorter sorter, Map<String, long[]> windows, long firstSequence,
                              List<String> warnings) {
        if (!Files.isRegularFile(file)) {
            throw new BundleException(file, null, null, Files.exists(file) ? "not a regular file" : "no such file");
        }
        SourceReader reader = null;
        long sequence = firstSequence;
        long index = 0;
        try {
            reader = SourceOpener.open(file, limits, mapper, progress);
            SourceEvent source;
            while ((source = reader.next()) != null) {
                ObjectNode event = source.event();
                String where = source.position() + ", event " + index;
                try {
                    CompressedEvents.open(event, mapper, limits);
                } catch (JsonProcessingException | LimitExceededException e) {
                    throw new BundleException(file, reader.format().description(), where, e.getMessage(), e);
                } catch (IOException e) {
                    throw new BundleException(file, reader.format().description(), where, e.getMessage(), e);
                }
                long timestamp = checkEvent(file, reader, where, event);
                String window = source.windowId() == null ? "" : source.windowId();
                long windowNumber = windows.size();
                long[] stats = windows.computeIfAbsent(window, w -> new long[] {timestamp, Long.MAX_VALUE, windowNumber});
                stats[0] = Math.min(stats[0], timestamp);
                stats[1] = Math.min(stats[1], sequence);
                sorter.add(new EventSorter.Entry(timestamp, sequence++, (int) stats[2], mapper.writeValueAsBytes(event)));
                index++;
            }
            warnings.addAll(reader.warnings());
            SourceFormat origin = reader instanceof PortableBundleReader bundle ? bundle.originFormat() : reader.format();
            return new FileRead(reader.format(), origin, reader.sessionId().orElse(null), sequence);
        } catch (BundleException e) {
            throw e;
        } catch (IOException e) {
            String format = reader == null ? null : reader.format().description();
            String where = reader == null ? null : positionOf(e, reader) + ", event " + index;
            throw new BundleException(file, format, where, explain(e), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static long checkEvent(Path file, SourceReader reader, String where, ObjectNode event) {
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

    private static String positionOf(IOException e, SourceReader reader) {
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

    private EventSorter renumberWindows(EventSorter sorter, Map<Integer, Integer> renumber) {
        EventSorter result = new EventSorter(limits.sortMemoryBytes());
        try {
            var entries = sorter.ordered();
            // ordered() already drops duplicates; renumbering keeps the order and the bytes.
            while (entries.hasNext()) {
                EventSorter.Entry entry = entries.next();
                result.add(new EventSorter.Entry(entry.timestamp(), entry.sequence(), renumber.get(entry.window()),
                        entry.json()));
            }
            result.finish();
            return result;
        } catch (IOException e) {
            closeQuietly(result);
            throw new java.io.UncheckedIOException(e);
        } finally {
            closeQuietly(sorter);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Already failing or finished: nothing more to release.
            }
        }
    }
}
