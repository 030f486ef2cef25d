package dev.replayharness.targets;

import dev.replayharness.ReplayException;

/** A target could not be started, with the reason (and, for a command, the tail of its output). */
public final class TargetException extends ReplayException {

    public TargetException(String message) {
        super(message);
    }

    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
