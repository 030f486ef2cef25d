package dev.replayharness;

/**
 * Root of every error the harness raises on purpose.
 *
 * <p>Unchecked, so that callers handle it where they can act on it. Every message says what went wrong,
 * where (file, position, step, executable) and what would fix it.
 */
public class ReplayException extends RuntimeException {

    public ReplayException(String message) {
        super(message);
    }

    public ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
