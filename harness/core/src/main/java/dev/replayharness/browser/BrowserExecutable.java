package dev.replayharness.browser;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The browser a session will launch.
 *
 * @param path   the binary, or empty when Playwright is to use (and possibly download) its own browser
 * @param origin where the choice came from, for messages and reports
 */
public record BrowserExecutable(Optional<Path> path, Origin origin) {

    /** How the executable was chosen. */
    public enum Origin {
        /** The {@code REPLAY_CHROMIUM} environment variable. */
        ENVIRONMENT,
        /** The {@code replay.chromium} system property. */
        SYSTEM_PROPERTY,
        /** A well-known install location or a command on {@code PATH}. */
        INSTALLED,
        /** Playwright's own managed browser; only when downloads are allowed. */
        PLAYWRIGHT_MANAGED
    }

    public BrowserExecutable {
        if (path.isEmpty() != (origin == Origin.PLAYWRIGHT_MANAGED)) {
            throw new IllegalArgumentException("only a Playwright-managed browser comes without a path");
        }
    }

    /** A binary on disk. */
    public static BrowserExecutable at(Path path, Origin origin) {
        return new BrowserExecutable(Optional.of(path), origin);
    }

    /** Playwright's own browser, which it may download. */
    public static BrowserExecutable playwrightManaged() {
        return new BrowserExecutable(Optional.empty(), Origin.PLAYWRIGHT_MANAGED);
    }

    /** A short human description: the path and why it was chosen. */
    public String describe() {
        return path.map(p -> p + " (" + origin.name().toLowerCase().replace('_', ' ') + ")")
                .orElse("Playwright's managed Chromium");
    }
}
