package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

/** A scroll of node {@code id} (the document's id for page scroll) to offsets {@code x}, {@code y} (source 3). */
public record ScrollData(int id, double x, double y) implements IncrementalData {

    static ScrollData parse(JsonNode data) {
        String what = "scroll data";
        return new ScrollData(Json.requireInt(data, "id", what), Json.requireNumber(data, "x", what),
                Json.requireNumber(data, "y", what));
    }
}
