package dev.replayharness.verify;

import dev.replayharness.ReplayException;

/** The setup recording ({@code --setup}) did not replay; nothing else ran against a half-prepared app. Exit 4. */
public final class SetupFailedException extends ReplayException {

    public SetupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
