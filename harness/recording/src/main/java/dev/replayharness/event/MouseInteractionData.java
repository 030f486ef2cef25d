package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/**
 * A click, focus, touch or similar on node {@code id} (source 2).
 *
 * @param type        the interaction, or empty for a code this harness does not know
 * @param typeCode    the interaction number as written
 * @param x           viewport x, or null (focus and blur have no position)
 * @param y           viewport y, or null
 * @param pointerType 0 mouse, 1 pen, 2 touch (rrweb 2.x only), or null
 */
public record MouseInteractionData(Optional<MouseInteraction> type, int typeCode, int id, Double x, Double y,
                                   Integer pointerType) implements IncrementalData {

    public MouseInteractionData {
        Objects.requireNonNull(type, "type");
    }

    static MouseInteractionData parse(JsonNode data) {
        String what = "mouse interaction data";
        int typeCode = Json.requireInt(data, "type", what);
        return new MouseInteractionData(MouseInteraction.fromCode(typeCode), typeCode, Json.requireInt(data, "id", what),
                Json.doubleOrNull(data, "x"), Json.doubleOrNull(data, "y"), Json.intOrNull(data, "pointerType"));
    }
}
