package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The new value of form field {@code id} (source 5).
 *
 * @param text          the value as recorded (possibly masked, e.g. "****"); null when absent
 * @param isChecked     the checked state, for checkboxes and radios
 * @param userTriggered true when the user typed it, false when a script set it; null when not recorded (rrweb 1.x
 *                      and some 2.x configurations omit it)
 */
public record InputData(int id, String text, boolean isChecked, Boolean userTriggered) implements IncrementalData {

    static InputData parse(JsonNode data) {
        return new InputData(Json.requireInt(data, "id", "input data"), Json.text(data, "text"),
                Json.flag(data, "isChecked"), Json.boolOrNull(data, "userTriggered"));
    }
}
