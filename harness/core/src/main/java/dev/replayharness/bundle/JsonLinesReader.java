package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Optional;

/**
 * Streams a file of JSON values one after another (JSON lines): rrweb events, blob_v2 {@code [windowId, event]}
 * pairs or older {@code {window_id, data}} lines. Each line is parsed on its own; a file never sits in memory.
 */
final class JsonLinesReader implements SourceReader {

    private final JsonParser parser;
    private final ContainerUnpacker unpacker = new ContainerUnpacker();
    private final SourceFormat fallback;
    private final SourceFormat wrapper;
    private final String prefix;

    /**
     * @param fallback       the format to report until a line says otherwise
     * @param wrapper        the format to report whatever the lines are (the Snappy blocks around them), or null
     * @param positionPrefix put before positions, e.g. "decompressed " when offsets count decompressed bytes
     */
    JsonLinesReader(JsonParser parser, SourceFormat fallback, SourceFormat wrapper, String positionPrefix) {
        this.parser = parser;
        this.fallback = fallback;
        this.wrapper = wrapper;
        this.prefix = positionPrefix;
    }

    @Override
    public SourceEvent next() throws IOException {
        SourceEvent ready = unpacker.poll();
        while (ready == null) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                throw new FormatMismatchException("expected a JSON object or array on each line but found "
                        + PosthogExportReader.describe(token));
            }
            String where = position();
            JsonNode value = parser.readValueAsTree();
            unpacker.unpack(value, where);
            ready = unpacker.poll();
        }
        return ready;
    }

    @Override
    public String position() {
        return prefix + JsonSupport.position(parser);
    }

    @Override
    public SourceFormat format() {
        return wrapper != null ? wrapper : unpacker.kind(fallback);
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
