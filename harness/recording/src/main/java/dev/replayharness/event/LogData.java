package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Console output recorded as an incremental snapshot (source 11, rrweb 1.x only; 2.x uses {@link ConsolePayload}).
 *
 * @param level   the console method, or null when absent
 * @param trace   stack frames as recorded
 * @param payload the arguments, each already stringified by the recorder
 */
public record LogData(String level, List<String> trace, List<String> payload) implements IncrementalData {

    public LogData {
        trace = List.copyOf(trace);
        payload = List.copyOf(payload);
    }

    static LogData parse(JsonNode data) {
        ConsolePayload console = ConsolePayload.parse(data);
        return new LogData(console.level(), console.trace(), console.payload());
    }
}
