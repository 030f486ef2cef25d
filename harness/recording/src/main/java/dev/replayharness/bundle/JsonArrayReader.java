package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Streams a top-level JSON array, element by element: an rrweb event array, or a posthog-js capture payload
 * (an array of {@code $snapshot} messages whose {@code $snapshot_data} holds the rrweb events).
 */
final class JsonArrayReader extends UnpackingReader {

    private boolean ended;

    JsonArrayReader(JsonParser parser) throws IOException {
        super(parser, "");
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
            throw new FormatMismatchException("expected a JSON array but found " + PosthogExportReader.describe(first));
        }
    }

    @Override
    boolean atNextValue() throws IOException {
        if (ended) {
            return false;
        }
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            ended = true;
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new FormatMismatchException("unexpected " + PosthogExportReader.describe(after)
                        + " after the closing bracket of the array");
            }
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            throw new FormatMismatchException("expected an event object but found " + PosthogExportReader.describe(token));
        }
        return true;
    }

    @Override
    public SourceFormat format() {
        SourceFormat kind = unpacker.kind(SourceFormat.RRWEB_JSON);
        return kind == SourceFormat.RRWEB_JSONL ? SourceFormat.RRWEB_JSON : kind;
    }
}
