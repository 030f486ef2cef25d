package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One console call recorded by {@value PluginPayload#CONSOLE}.
 *
 * @param level   the console method, e.g. "log", "warn", "error"; null when absent
 * @param trace   stack frames as the plugin wrote them
 * @param payload the arguments, each already stringified by the recorder (non-strings are kept as JSON text)
 */
public record ConsolePayload(String level, List<String> trace, List<String> payload) implements PluginPayload {

    public ConsolePayload {
        trace = List.copyOf(trace);
        payload = List.copyOf(payload);
    }

    static ConsolePayload parse(JsonNode payload) {
        return new ConsolePayload(Json.text(payload, "level"), Json.strings(payload, "trace"),
                Json.strings(payload, "payload"));
    }
}
