package dev.replayharness.suite;

import dev.replayharness.ReplayException;

/** The target (or the baseline build) did not start; nothing was replayed. Exit code 4. */
public final class TargetStartException extends ReplayException {

    public TargetStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
