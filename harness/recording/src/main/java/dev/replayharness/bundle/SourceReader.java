package dev.replayharness.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/** Reads the events of one file, one at a time, in file order. */
interface SourceReader extends Closeable {

    /** The next event, or null at the end. */
    SourceEvent next() throws IOException;

    /** Where the reader is now, for error messages. */
    String position();

    /** The format as established by what has been read (an export's version, a JSONL file's line kind). */
    SourceFormat format();

    /** The session id, when the source names one. */
    default Optional<String> sessionId() {
        return Optional.empty();
    }

    /** Anything odd that did not stop the read. */
    default java.util.List<String> warnings() {
        return java.util.List.of();
    }
}
