package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens posthog-js's compressed events ({@code cv: "2024-10"}): a full snapshot's {@code data}, and a
 * mutation's or style-sheet rule's list fields, are gzip bytes held in a JSON string one char per byte
 * (Latin-1), not base64.
 */
final class CompressedEvents {

    static final String VERSION_2024_10 = "2024-10";
    private static final List<String> INCREMENTAL_FIELDS = List.of("texts", "attributes", "removes", "adds");

    private CompressedEvents() {
    }

    /** Decompresses the event in place when it is compressed; returns it. */
    static ObjectNode open(ObjectNode event, ObjectMapper mapper, ReadLimits limits) throws IOException {
        JsonNode cv = event.get("cv");
        if (cv == null) {
            return event;
        }
        if (!VERSION_2024_10.equals(cv.asText())) {
            throw new IOException("the event is compressed with cv \"" + cv.asText() + "\", but only \""
                    + VERSION_2024_10 + "\" is known");
        }
        JsonNode data = event.get("data");
        int type = event.path("type").asInt(-1);
        if (type == 2 && data != null && data.isTextual()) {
            event.set("data", gunzipJson(data.asText(), "data", mapper, limits));
        } else if (type == 3 && data instanceof ObjectNode fields) {
            for (String field : INCREMENTAL_FIELDS) {
                JsonNode value = fields.get(field);
                if (value != null && value.isTextual()) {
                    fields.set(field, gunzipJson(value.asText(), "data." + field, mapper, limits));
                }
            }
        }
        event.remove("cv");
        return event;
    }

    private static JsonNode gunzipJson(String latin1, String field, ObjectMapper mapper, ReadLimits limits)
            throws IOException {
        byte[] compressed = latin1.getBytes(StandardCharsets.ISO_8859_1);
        try (InputStream in = new ExpansionGuard(new GZIPInputStream(new ByteArrayInputStream(compressed)),
                () -> compressed.length, limits, "the compressed field " + field)) {
            return mapper.readTree(in);
        } catch (ZipException e) {
            throw new IOException("the compressed field " + field + " is not valid gzip (" + e.getMessage() + ")", e);
        }
    }
}
