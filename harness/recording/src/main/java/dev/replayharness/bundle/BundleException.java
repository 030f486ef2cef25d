package dev.replayharness.bundle;

import dev.replayharness.ReplayException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A recording file that cannot be read: the message names the file, the format it was read as, where in the
 * file the problem is (byte offset or line, and event index), what was expected and what was found.
 */
public final class BundleException extends ReplayException {

    private final Path file;
    private final String format;
    private final String position;

    BundleException(Path file, String format, String position, String problem, Throwable cause) {
        super(compose(file, format, position, problem), cause);
        this.file = file;
        this.format = format;
        this.position = position;
    }

    BundleException(Path file, String format, String position, String problem) {
        this(file, format, position, problem, null);
    }

    private static String compose(Path file, String format, String position, String problem) {
        StringBuilder message = new StringBuilder().append(file);
        if (format != null) {
            message.append(" (read as ").append(format).append(')');
        }
        if (position != null && !position.isEmpty()) {
            message.append(", at ").append(position);
        }
        return message.append(": ").append(problem).toString();
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The format the file was detected as, when detection got that far. */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** Where the problem is, e.g. {@code byte 1234 (line 3, column 17), event 41}. */
    public Optional<String> position() {
        return Optional.ofNullable(position);
    }
}
