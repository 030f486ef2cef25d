package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * Drawing on canvas {@code id} (source 9); the command(s) stay in {@code raw} because only a canvas replayer
 * reads them.
 *
 * @param contextType rrweb's CanvasContext number: 0 2D, 1 WebGL, 2 WebGL2
 * @param batched     true when {@code raw} holds a {@code commands} array rather than one property/args pair
 * @param raw         the data as given
 */
public record CanvasMutationData(int id, int contextType, boolean batched, JsonNode raw) implements IncrementalData {

    public CanvasMutationData {
        Objects.requireNonNull(raw, "raw");
    }

    static CanvasMutationData parse(JsonNode data) {
        String what = "canvas mutation data";
        return new CanvasMutationData(Json.requireInt(data, "id", what), Json.requireInt(data, "type", what),
                data.path("commands").isArray(), data);
    }
}
