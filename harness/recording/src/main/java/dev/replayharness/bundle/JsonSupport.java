package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson configured with the read limits, so hostile nesting or giant strings fail fast and clearly. */
final class JsonSupport {

    private JsonSupport() {
    }

    static ObjectMapper mapper(ReadLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(1000)
                        .build())
                .build();
        return new ObjectMapper(factory);
    }

    /** "byte 1234 (line 3, column 17)" for a parser position. */
    static String describe(JsonLocation location) {
        if (location == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        long offset = location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
        if (offset >= 0) {
            text.append("byte ").append(offset);
        }
        if (location.getLineNr() > 0) {
            text.append(text.length() > 0 ? " (" : "(").append("line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr()).append(')');
        }
        return text.toString();
    }

    static String position(JsonParser parser) {
        return describe(parser.currentLocation());
    }

    /** A short, single-line excerpt of a JSON value for error messages. */
    static String excerpt(JsonNode node) {
        String text = node == null ? "nothing" : node.toString();
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
