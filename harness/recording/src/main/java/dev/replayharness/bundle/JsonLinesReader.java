package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Streams a file of JSON values one after another (JSON lines): rrweb events, blob_v2 {@code [windowId, event]}
 * pairs or older {@code {window_id, data}} lines. Each line is parsed on its own; a file never sits in memory.
 */
final class JsonLinesReader extends UnpackingReader {

    private final SourceFormat fallback;
    private final SourceFormat wrapper;

    /**
     * @param fallback       the format to report until a line says otherwise
     * @param wrapper        the format to report whatever the lines are (the Snappy blocks around them), or null
     * @param positionPrefix put before positions, e.g. "decompressed " when offsets count decompressed bytes
     */
    JsonLinesReader(JsonParser parser, SourceFormat fallback, SourceFormat wrapper, String positionPrefix) {
        super(parser, positionPrefix);
        this.fallback = fallback;
        this.wrapper = wrapper;
    }

    @Override
    boolean atNextValue() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            throw new FormatMismatchException("expected a JSON object or array on each line but found "
                    + PosthogExportReader.describe(token));
        }
        return true;
    }

    @Override
    public SourceFormat format() {
        return wrapper != null ? wrapper : unpacker.kind(fallback);
    }
}
