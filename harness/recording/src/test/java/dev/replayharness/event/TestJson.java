package dev.replayharness.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Relaxed JSON (single quotes, unquoted names) so test cases stay short and readable. */
final class TestJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    private TestJson() {
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    static RrwebEvent event(String text) {
        return RrwebEvent.of(json(text));
    }

    /** The typed data of an incremental event with the given data object. */
    static IncrementalData incremental(String data) {
        return ((Incremental) event("{type:3, timestamp:1, data:" + data + "}")).data();
    }
}
