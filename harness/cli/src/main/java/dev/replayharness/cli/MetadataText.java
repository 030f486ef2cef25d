package dev.replayharness.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.bundle.RecordingMetadata;

import java.util.List;
import java.util.TreeMap;

/** Renders recording metadata for people (aligned text) and machines (JSON). */
final class MetadataText {

    private MetadataText() {
    }

    /** @param names the recording's files as given, or the URLs of what was fetched */
    static String text(List<String> names, RecordingMetadata m) {
        StringBuilder text = new StringBuilder();
        text.append(String.join(" + ", names)).append('\n');
        m.describe().forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }

    static ObjectNode json(ObjectMapper mapper, List<String> names, RecordingMetadata m) {
        ObjectNode node = mapper.createObjectNode();
        node.putPOJO("files", names);
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
