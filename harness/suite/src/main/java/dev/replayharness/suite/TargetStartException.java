package dev.replayharness.suite;

/** The target (or the baseline build) did not start; nothing was replayed. Exit code 4. */
public final class TargetStartException extends RuntimeException {

    public TargetStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
