package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.xerial.snappy.Snappy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Re-packs a real recording's events into each of PostHog's other formats, as PostHog's own endpoints shape
 * them, so every reader is tested on real event content.
 */
final class DerivedFormats {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DerivedFormats() {
    }

    /** (window id, event) pairs of a recording, in order; windows without ids get "w0", "w1"... */
    static List<Map.Entry<String, JsonNode>> pairs(Recording recording) {
        List<Map.Entry<String, JsonNode>> pairs = new ArrayList<>();
        try (EventStream events = recording.events()) {
            events.forEachRemaining(e -> {
                String id = recording.windowSourceId(e.window());
                pairs.add(Map.entry(id == null ? "w" + e.window() : id, e.event().raw()));
            });
        }
        return pairs;
    }

    static Path blobV2(List<Map.Entry<String, JsonNode>> pairs, Path file) throws IOException {
        Files.write(file, blobV2Lines(pairs));
        return file;
    }

    private static byte[] blobV2Lines(List<Map.Entry<String, JsonNode>> pairs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, JsonNode> pair : pairs) {
            ArrayNode line = JSON.createArrayNode().add(pair.getKey()).add(pair.getValue());
            out.write(JSON.writeValueAsBytes(line));
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** Older snapshot lines: runs of up to seven consecutive events of one window per line. */
    static Path legacyBlob(List<Map.Entry<String, JsonNode>> pairs, Path file) throws IOException {
        StringBuilder lines = new StringBuilder();
        int i = 0;
        while (i < pairs.size()) {
            String window = pairs.get(i).getKey();
            ObjectNode line = JSON.createObjectNode().put("window_id", window);
            ArrayNode data = line.putArray("data");
            int j = i;
            while (j < pairs.size() && j - i < 7 && pairs.get(j).getKey().equals(window)) {
                data.add(pairs.get(j++).getValue());
            }
            lines.append(line).append('\n');
            i = j;
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    static Path snappyBlocks(List<Map.Entry<String, JsonNode>> pairs, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            for (int start = 0; start < pairs.size(); start += 10) {
                byte[] block = Snappy.compress(blobV2Lines(pairs.subList(start, Math.min(pairs.size(), start + 10))));
                out.writeInt(block.length);
                out.write(block);
            }
        }
        return file;
    }

    /** A 2023-04-28 export with integer window ids and PostHog's {@code seq}, as newer exports have. */
    static Path export2023WithSeq(String sessionId, List<Map.Entry<String, JsonNode>> pairs, Path file)
            throws IOException {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        ObjectNode root = JSON.createObjectNode().put("version", "2023-04-28");
        ObjectNode data = root.putObject("data").put("id", sessionId);
        data.putObject("person").put("distinct_id", "fixture-user");
        ArrayNode snapshots = data.putArray("snapshots");
        int seq = 0;
        for (Map.Entry<String, JsonNode> pair : pairs) {
            ObjectNode event = ((ObjectNode) pair.getValue()).deepCopy();
            event.put("windowId", numbers.computeIfAbsent(pair.getKey(), k -> numbers.size() + 1));
            event.put("seq", seq++);
            snapshots.add(event);
        }
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    static Path export2022(List<Map.Entry<String, JsonNode>> pairs, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        // Field order as some exports have it: data first, version last.
        ObjectNode byWindow = root.putObject("data").putObject("snapshotsByWindowId");
        for (Map.Entry<String, JsonNode> pair : pairs) {
            ArrayNode events = byWindow.has(pair.getKey()) ? (ArrayNode) byWindow.get(pair.getKey())
                    : byWindow.putArray(pair.getKey());
            events.add(pair.getValue());
        }
        root.put("version", "2022-12-02");
        JSON.writeValue(file.toFile(), root);
        return file;
    }

    static Path gzip(Path source, Path file) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            Files.copy(source, out);
        }
        return file;
    }
}
