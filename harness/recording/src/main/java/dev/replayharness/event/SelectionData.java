package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The document's text selection (source 14); empty ranges mean the selection was cleared. */
public record SelectionData(List<Range> ranges) implements IncrementalData {

    public SelectionData {
        ranges = List.copyOf(ranges);
    }

    static SelectionData parse(JsonNode data) {
        return new SelectionData(Json.list(data, "ranges", Range::parse));
    }

    /** One selected range, from offset {@code startOffset} in node {@code start} to {@code endOffset} in {@code end}. */
    public record Range(int start, int startOffset, int end, int endOffset) {

        static Range parse(JsonNode range) {
            String what = "selection range";
            return new Range(Json.requireInt(range, "start", what), Json.requireInt(range, "startOffset", what),
                    Json.requireInt(range, "end", what), Json.requireInt(range, "endOffset", what));
        }
    }
}
