package dev.replayharness.browser;

import dev.replayharness.ReplayException;

/** No usable Chromium was found, or the one configured does not exist. The message says how to get one. */
public final class BrowserNotFoundException extends ReplayException {

    public BrowserNotFoundException(String message) {
        super(message);
    }
}
