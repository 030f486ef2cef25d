package dev.replayharness.bundle;

import java.io.IOException;

/** A decompression or size bound was hit: the input is refused before it can exhaust memory. */
final class LimitExceededException extends IOException {

    LimitExceededException(String message) {
        super(message);
    }
}
