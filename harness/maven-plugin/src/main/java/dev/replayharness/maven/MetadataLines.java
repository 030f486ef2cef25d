package dev.replayharness.maven;

import dev.replayharness.bundle.Interactions;
import dev.replayharness.bundle.RecordingMetadata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a recording holds, as the lines {@code replay:inspect} logs: the rows of the CLI's {@code replay inspect}
 * (whose renderer lives in the CLI, which a plugin must not depend on).
 */
final class MetadataLines {

    private MetadataLines() {
    }

    static List<String> of(RecordingMetadata m) {
        List<String> lines = new ArrayList<>();
        row(lines, "format", m.format().description());
        row(lines, "session", m.session().orElse("-"));
        row(lines, "windows", String.valueOf(m.windows().size()));
        row(lines, "start", m.eventCount() == 0 ? "-" : Instant.ofEpochMilli(m.start()).toString());
        row(lines, "duration", "%.1f s".formatted(m.durationMillis() / 1000.0));
        row(lines, "pages", m.pageUrls().size() + (m.pageUrls().isEmpty() ? "" : ": " + String.join(", ", m.pageUrls())));
        row(lines, "events", m.eventCount() + counts(m.countsByType()));
        Interactions i = m.interactions();
        row(lines, "interactions", "clicks %d, inputs %d, scrolls %d, resizes %d, navigations %d"
                .formatted(i.clicks(), i.inputs(), i.scrolls(), i.resizes(), i.navigations()));
        row(lines, "console", m.consoleErrors() + " errors");
        row(lines, "network", m.networkRequests() + " requests (" + m.failedRequests() + " failed)");
        row(lines, "warnings", m.warnings().isEmpty() ? "none" : String.join("; ", m.warnings()));
        return lines;
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "" : ": " + new TreeMap<>(counts).entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void row(List<String> lines, String name, String value) {
        lines.add("  %-13s%s".formatted(name, value));
    }
}
