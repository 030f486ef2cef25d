package dev.replayharness.browser;

import java.util.List;
import java.util.Objects;

/**
 * How to launch the browser.
 *
 * @param executable the browser to launch (see {@link ChromiumLocator})
 * @param headless   false only for local debugging with a display
 * @param slowMoMillis delay Playwright inserts before each action; 0 for full speed
 * @param extraArgs  Chromium switches added after the harness's own
 */
public record BrowserSettings(BrowserExecutable executable, boolean headless, int slowMoMillis,
                              List<String> extraArgs) {

    public BrowserSettings {
        Objects.requireNonNull(executable, "executable");
        if (slowMoMillis < 0) {
            throw new IllegalArgumentException("slowMoMillis must be >= 0, was " + slowMoMillis);
        }
        extraArgs = List.copyOf(extraArgs);
    }

    /** Headless, full speed, with the browser {@link ChromiumLocator#fromSystem()} finds. */
    public static BrowserSettings defaults() {
        return new BrowserSettings(ChromiumLocator.fromSystem().locate(), true, 0, List.of());
    }

    /** The same settings with a visible window (needs a display). */
    public BrowserSettings headed() {
        return new BrowserSettings(executable, false, slowMoMillis, extraArgs);
    }

    /** The same settings with Playwright waiting {@code millis} before each action (to watch a replay). */
    public BrowserSettings withSlowMo(int millis) {
        return new BrowserSettings(executable, headless, millis, extraArgs);
    }

    /** Headed when a display is there to show it ({@code DISPLAY} or {@code WAYLAND_DISPLAY} set), else unchanged. */
    public BrowserSettings headedWhenDisplayed() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        return display ? headed() : this;
    }
}
