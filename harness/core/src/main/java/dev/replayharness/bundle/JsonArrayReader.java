package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Optional;

/**
 * Streams a top-level JSON array, element by element: an rrweb event array, or a posthog-js capture payload
 * (an array of {@code $snapshot} messages whose {@code $snapshot_data} holds the rrweb events).
 */
final class JsonArrayReader implements SourceReader {

    private final JsonParser parser;
    private final ContainerUnpacker unpacker = new ContainerUnpacker();
    private boolean ended;

    JsonArrayReader(JsonParser parser) throws IOException {
        this.parser = parser;
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
            throw new FormatMismatchException("expected a JSON array but found " + PosthogExportReader.describe(first));
        }
    }

    @Override
    public SourceEvent next() throws IOException {
        SourceEvent ready = unpacker.poll();
        while (ready == null && !ended) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                ended = true;
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw new FormatMismatchException("unexpected " + PosthogExportReader.describe(after)
                            + " after the closing bracket of the array");
                }
                return null;
            }
            String where = position();
            if (token != JsonToken.START_OBJECT) {
                throw new FormatMismatchException("expected an event object but found "
                        + PosthogExportReader.describe(token));
            }
            JsonNode value = parser.readValueAsTree();
            unpacker.unpack(value, where);
            ready = unpacker.poll();
        }
        return ready;
    }

    @Override
    public String position() {
        return JsonSupport.position(parser);
    }

    @Override
    public SourceFormat format() {
        SourceFormat kind = unpacker.kind(SourceFormat.RRWEB_JSON);
        return kind == SourceFormat.RRWEB_JSONL ? SourceFormat.RRWEB_JSON : kind;
    }

    @Override
    public Optional<String> sessionId() {
        return Optional.ofNullable(unpacker.sessionId());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
