package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads source files into a {@link Recording} in one streaming pass that checks every event, registers
 * windows and orders the events. Events are kept (in memory, spilling sorted runs beyond the budget) unless
 * the input turns out larger than the budget and already in order: then nothing is kept, and each pass over
 * the recording reads the files again. Input found out of order after that is read once more, kept.
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

    /** Signals that input the loader stopped keeping is not in order after all. */
    private static final class OutOfOrder extends RuntimeException {
        OutOfOrder() {
            super(null, null, false, false);
        }
    }

    /** A window as first seen: its number in order of appearance, first timestamp and first position. */
    private static final class Window {
        final int number;
        long firstTimestamp;
        final long firstSequence;

        Window(int number, long firstTimestamp, long firstSequence) {
            this.number = number;
            this.firstTimestamp = firstTimestamp;
            this.firstSequence = firstSequence;
        }
    }

    Recording load(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files to read");
        }
        try {
            return load(files, false);
        } catch (OutOfOrder e) {
            return load(files, true);
        }
    }

    private Recording load(List<Path> files, boolean keepAll) {
        EventSorter sorter = new EventSorter(limits.sortMemoryBytes());
        Map<String, Window> windows = new LinkedHashMap<>();
        boolean streaming = false;
        boolean ordered = true;
        long previous = Long.MIN_VALUE;
        long sequence = 0;
        List<CheckedEvents.FileSummary> summaries;
        try (CheckedEvents events = new CheckedEvents(files, limits, mapper, progress)) {
            while (events.hasNext()) {
                CheckedEvents.Event event = events.next();
                long timestamp = event.timestamp();
                ordered &= timestamp >= previous;
                previous = Math.max(previous, timestamp);
                if (streaming && !ordered) {
                    throw new OutOfOrder();
                }
                Window window = windows.get(event.window());
                if (window == null) {
                    window = new Window(windows.size(), timestamp, sequence);
                    windows.put(event.window(), window);
                }
                window.firstTimestamp = Math.min(window.firstTimestamp, timestamp);
                if (!streaming) {
                    byte[] json = mapper.writeValueAsBytes(event.json());
                    if (!keepAll && ordered && sorter.wouldExceedBudget(json.length)) {
                        streaming = true;
                        sorter.discard();
                    } else {
                        sorter.add(new EventSorter.Entry(timestamp, sequence, window.number, json));
                    }
                }
                sequence++;
            }
            summaries = events.summaries();
            sorter.finish();
        } catch (IOException e) {
            closeQuietly(sorter);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(sorter);
            throw e;
        }
        return recording(files, summaries, windows, sequence, streaming
                ? null : sorter);
    }

    private Recording recording(List<Path> files, List<CheckedEvents.FileSummary> summaries,
                                Map<String, Window> windows, long readCount, EventSorter sorter) {
        List<String> warnings = new ArrayList<>();
        SourceFormat format = null;
        SourceFormat origin = null;
        String sessionId = null;
        for (CheckedEvents.FileSummary summary : summaries) {
            warnings.addAll(summary.warnings());
            if (format != null && format != summary.format()) {
                warnings.add(summary.file().getFileName() + " is " + summary.format().description() + ", the others "
                        + format.description());
            }
            format = format == null ? summary.format() : format;
            origin = origin == null ? summary.origin() : origin;
            if (sessionId == null) {
                sessionId = summary.sessionId();
            } else if (summary.sessionId() != null && !summary.sessionId().equals(sessionId)) {
                warnings.add(summary.file().getFileName() + " belongs to session " + summary.sessionId() + ", not "
                        + sessionId);
            }
        }
        // Windows are numbered by first appearance in time, so every format of a session numbers them alike.
        List<String> ids = new ArrayList<>(windows.keySet());
        ids.sort(Comparator.comparingLong((String id) -> windows.get(id).firstTimestamp)
                .thenComparingLong(id -> windows.get(id).firstSequence));
        int[] byNumber = new int[ids.size()];
        Map<String, Integer> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byNumber[windows.get(ids.get(i)).number] = i;
            byId.put(ids.get(i), i);
        }
        List<String> windowIds = ids.stream().map(id -> id.isEmpty() ? null : id).toList();
        OrderedEvents events = sorter != null ? new SortedEvents(sorter, mapper, byNumber)
                : new RereadEvents(files, limits, mapper, byId);
        return new Recording(files, format, origin, sessionId, windowIds, readCount, warnings, events);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Already failing: nothing more to release.
        }
    }
}
