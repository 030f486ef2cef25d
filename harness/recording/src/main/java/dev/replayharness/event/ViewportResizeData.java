package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

/** The viewport's new size in CSS pixels (source 4). */
public record ViewportResizeData(int width, int height) implements IncrementalData {

    static ViewportResizeData parse(JsonNode data) {
        String what = "viewport resize data";
        return new ViewportResizeData(Json.requireInt(data, "width", what), Json.requireInt(data, "height", what));
    }
}
