package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * Pointer positions sampled over time: mouse moves, touch moves and drags share this shape.
 *
 * @param source which of {@link IncrementalSource#MOUSE_MOVE}, {@link IncrementalSource#TOUCH_MOVE} or
 *               {@link IncrementalSource#DRAG} recorded them
 */
public record MouseMoveData(IncrementalSource source, List<Position> positions) implements IncrementalData {

    public MouseMoveData {
        Objects.requireNonNull(source, "source");
        positions = List.copyOf(positions);
    }

    static MouseMoveData parse(IncrementalSource source, JsonNode data) {
        return new MouseMoveData(source, Json.list(data, "positions", Position::parse));
    }

    /**
     * One sample: viewport coordinates over node {@code id}; {@code timeOffset} is milliseconds relative to the
     * event's timestamp (negative, since rrweb batches samples and emits them afterwards).
     */
    public record Position(double x, double y, int id, long timeOffset) {

        static Position parse(JsonNode position) {
            String what = "pointer position";
            return new Position(Json.requireNumber(position, "x", what), Json.requireNumber(position, "y", what),
                    Json.requireInt(position, "id", what), Json.intOr(position, "timeOffset", 0));
        }
    }
}
