package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A play, pause, seek, volume or rate change on media element {@code id} (source 7). Optional fields are null
 * when absent.
 *
 * @param typeCode rrweb's MediaInteractions number: 0 play, 1 pause, 2 seeked, 3 volume change, 4 rate change
 */
public record MediaInteractionData(int typeCode, int id, Double currentTime, Double volume, Boolean muted,
                                   Double playbackRate, Boolean loop) implements IncrementalData {

    static MediaInteractionData parse(JsonNode data) {
        String what = "media interaction data";
        return new MediaInteractionData(Json.requireInt(data, "type", what), Json.requireInt(data, "id", what),
                Json.doubleOrNull(data, "currentTime"), Json.doubleOrNull(data, "volume"),
                Json.boolOrNull(data, "muted"), Json.doubleOrNull(data, "playbackRate"), Json.boolOrNull(data, "loop"));
    }
}
