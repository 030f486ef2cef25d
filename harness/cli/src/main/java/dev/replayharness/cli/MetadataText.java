package dev.replayharness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.bundle.Interactions;
import dev.replayharness.bundle.RecordingMetadata;
import dev.replayharness.bundle.WindowInfo;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders recording metadata for people (aligned text) and machines (JSON). */
final class MetadataText {

    private MetadataText() {
    }

    static String text(List<Path> files, RecordingMetadata m) {
        StringBuilder text = new StringBuilder();
        text.append(files.stream().map(Path::toString).collect(Collectors.joining(" + "))).append('\n');
        row(text, "format", m.format().description()
                + (m.originFormat() != m.format() ? " (converted from " + m.originFormat().description() + ")" : ""));
        row(text, "session", m.session().orElse("-"));
        row(text, "windows", m.windows().size() + (m.windows().isEmpty() ? "" : ": " + m.windows().stream()
                .map(MetadataText::window).collect(Collectors.joining(", "))));
        row(text, "start", m.eventCount() == 0 ? "-" : Instant.ofEpochMilli(m.start()).toString());
        row(text, "duration", "%.1f s".formatted(m.durationMillis() / 1000.0));
        row(text, "pages", m.pageUrls().size() + (m.pageUrls().isEmpty() ? "" : ": " + String.join(", ", m.pageUrls())));
        row(text, "events", m.eventCount() + counts(m.countsByType()));
        row(text, "incremental", counts(m.countsBySource()).replaceFirst("^: ", ""));
        Interactions i = m.interactions();
        row(text, "interactions", "clicks %d, inputs %d, scrolls %d, resizes %d, navigations %d"
                .formatted(i.clicks(), i.inputs(), i.scrolls(), i.resizes(), i.navigations()));
        row(text, "console", m.consoleErrors() + " errors");
        row(text, "network", m.networkRequests() + " requests (" + m.failedRequests() + " failed)");
        row(text, "warnings", m.warnings().isEmpty() ? "none" : String.join("; ", m.warnings()));
        return text.toString();
    }

    private static String window(WindowInfo w) {
        return "#" + w.index() + (w.sourceId() == null ? "" : " " + w.sourceId()) + " (" + w.eventCount() + " events)";
    }

    private static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        return ": " + new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void row(StringBuilder text, String name, String value) {
        text.append("  ").append("%-13s".formatted(name)).append(value).append('\n');
    }

    static ObjectNode json(ObjectMapper mapper, List<Path> files, RecordingMetadata m) {
        ObjectNode node = mapper.createObjectNode();
        node.putPOJO("files", files.stream().map(Path::toString).toList());
        node.put("format", m.format().id());
        node.put("originFormat", m.originFormat().id());
        node.put("sessionId", m.sessionId());
        node.putPOJO("windows", m.windows());
        node.put("start", m.start());
        node.put("end", m.end());
        node.put("durationMs", m.durationMillis());
        node.putPOJO("pageUrls", m.pageUrls());
        node.put("eventCount", m.eventCount());
        node.put("duplicatesDropped", m.duplicatesDropped());
        node.putPOJO("countsByType", new TreeMap<>(m.countsByType()));
        node.putPOJO("countsBySource", new TreeMap<>(m.countsBySource()));
        node.putPOJO("interactions", m.interactions());
        node.put("consoleErrors", m.consoleErrors());
        node.put("networkRequests", m.networkRequests());
        node.put("failedRequests", m.failedRequests());
        node.putPOJO("warnings", m.warnings());
        return node;
    }
}
