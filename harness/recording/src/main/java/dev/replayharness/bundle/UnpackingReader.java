package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads a file as a sequence of top-level JSON values, parsing one at a time and unpacking each into its
 * events; subclasses say where the next value starts.
 */
abstract class UnpackingReader implements SourceReader {

    protected final JsonParser parser;
    protected final ContainerUnpacker unpacker = new ContainerUnpacker();
    private final String positionPrefix;

    UnpackingReader(JsonParser parser, String positionPrefix) {
        this.parser = parser;
        this.positionPrefix = positionPrefix;
    }

    /** Moves the parser onto the start of the next value; false at the end of the input. */
    abstract boolean atNextValue() throws IOException;

    @Override
    public final SourceEvent next() throws IOException {
        SourceEvent ready = unpacker.poll();
        while (ready == null) {
            if (!atNextValue()) {
                return null;
            }
            String where = position();
            unpacker.unpack(parser.readValueAsTree(), where);
            ready = unpacker.poll();
        }
        return ready;
    }

    @Override
    public String position() {
        return positionPrefix + JsonSupport.position(parser);
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
