package dev.replayharness.bundle;

import java.io.IOException;

/** The content does not have the shape its format requires; the message says what was expected and found. */
final class FormatMismatchException extends IOException {

    FormatMismatchException(String message) {
        super(message);
    }
}
