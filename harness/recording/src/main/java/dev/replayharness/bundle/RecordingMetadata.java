package dev.replayharness.bundle;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a recording holds, computed from its ordered, deduplicated events.
 *
 * @param sourceFiles       the file names it was read from
 * @param format            the format of those files
 * @param originFormat      the format the events first came in (for a portable bundle, what it was converted from)
 * @param sessionId         the session id, or null when the source names none
 * @param windows           the windows, by first appearance
 * @param start             epoch millis of the first event (0 when there is none)
 * @param end               epoch millis of the last event
 * @param pageUrls          pages visited, in order of first visit
 * @param eventCount        events after removing duplicates
 * @param duplicatesDropped exact duplicates removed
 * @param countsByType      events per type name (FullSnapshot, IncrementalSnapshot, Meta, ...)
 * @param countsBySource    incremental events per source name (Mutation, MouseInteraction, Input, ...)
 * @param interactions      what the user did
 * @param consoleErrors     console messages at level error, and uncaught errors the console plugin caught
 * @param networkRequests   requests the network plugin recorded
 * @param failedRequests    of those, the ones that failed (status 0 or 400 and above)
 * @param warnings          anything odd that did not stop the read
 */
public record RecordingMetadata(List<String> sourceFiles, SourceFormat format, SourceFormat originFormat,
                                String sessionId, List<WindowInfo> windows, long start, long end,
                                List<String> pageUrls, long eventCount, long duplicatesDropped,
                                Map<String, Long> countsByType, Map<String, Long> countsBySource,
                                Interactions interactions, long consoleErrors, long networkRequests,
                                long failedRequests, List<String> warnings) {

    public RecordingMetadata {
        sourceFiles = List.copyOf(sourceFiles);
        windows = List.copyOf(windows);
        pageUrls = List.copyOf(pageUrls);
        countsByType = Map.copyOf(countsByType);
        countsBySource = Map.copyOf(countsBySource);
        warnings = List.copyOf(warnings);
    }

    /** The session id, when the source names one. */
    public Optional<String> session() {
        return Optional.ofNullable(sessionId);
    }

    /** {@code end - start}. */
    public long durationMillis() {
        return end - start;
    }

    /**
     * What the recording holds as aligned rows for people ({@code "  format       rrweb event array"}), the way
     * {@code replay inspect} and {@code replay:inspect} print it.
     */
    public List<String> describe() {
        List<String> rows = new java.util.ArrayList<>();
        row(rows, "format", format.description()
                + (originFormat != format ? " (converted from " + originFormat.description() + ")" : ""));
        row(rows, "session", session().orElse("-"));
        row(rows, "windows", windows.size() + (windows.isEmpty() ? "" : ": " + windows.stream()
                .map(w -> "#" + w.index() + (w.sourceId() == null ? "" : " " + w.sourceId()) + " (" + w.eventCount()
                        + " events)").collect(java.util.stream.Collectors.joining(", "))));
        row(rows, "start", eventCount == 0 ? "-" : java.time.Instant.ofEpochMilli(start).toString());
        row(rows, "duration", "%.1f s".formatted(durationMillis() / 1000.0));
        row(rows, "pages", pageUrls.size() + (pageUrls.isEmpty() ? "" : ": " + String.join(", ", pageUrls)));
        row(rows, "events", eventCount + counts(countsByType));
        row(rows, "incremental", counts(countsBySource).replaceFirst("^: ", ""));
        row(rows, "interactions", "clicks %d, inputs %d, scrolls %d, resizes %d, navigations %d".formatted(
                interactions.clicks(), interactions.inputs(), interactions.scrolls(), interactions.resizes(),
                interactions.navigations()));
        row(rows, "console", consoleErrors + " errors");
        row(rows, "network", networkRequests + " requests (" + failedRequests + " failed)");
        row(rows, "warnings", warnings.isEmpty() ? "none" : String.join("; ", warnings));
        return rows;
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "" : ": " + new java.util.TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static void row(List<String> rows, String name, String value) {
        rows.add("  %-13s%s".formatted(name, value));
    }
}
