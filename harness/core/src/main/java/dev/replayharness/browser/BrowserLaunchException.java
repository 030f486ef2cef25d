package dev.replayharness.browser;

import dev.replayharness.ReplayException;

/** A Chromium binary was found but Playwright could not start or drive it. */
public final class BrowserLaunchException extends ReplayException {

    public BrowserLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
