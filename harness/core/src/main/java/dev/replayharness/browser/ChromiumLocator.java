package dev.replayharness.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Finds the Chromium binary every part of the harness launches.
 *
 * <p>Order: the {@code REPLAY_CHROMIUM} environment variable, the {@code replay.chromium} system property,
 * {@code /usr/lib/chromium/chromium} (Debian's real binary, without the wrapper's shell checks),
 * {@code /usr/bin/chromium}, then {@code chromium-browser}, {@code chromium} and {@code google-chrome} on
 * {@code PATH}. When none is found and downloads are allowed ({@code REPLAY_ALLOW_BROWSER_DOWNLOAD=1} or
 * {@code -Dreplay.allowBrowserDownload=true}) Playwright's own browser is used; otherwise
 * {@link BrowserNotFoundException} says how to install one.
 */
public final class ChromiumLocator {

    /** Environment variable naming the browser binary. */
    public static final String ENV_VARIABLE = "REPLAY_CHROMIUM";
    /** System property naming the browser binary. */
    public static final String SYSTEM_PROPERTY = "replay.chromium";
    /** Environment variable that lets Playwright download its own browser when none is installed. */
    public static final String ALLOW_DOWNLOAD_ENV = "REPLAY_ALLOW_BROWSER_DOWNLOAD";
    /** System property that lets Playwright download its own browser when none is installed. */
    public static final String ALLOW_DOWNLOAD_PROPERTY = "replay.allowBrowserDownload";

    static final List<Path> WELL_KNOWN_PATHS =
            List.of(Path.of("/usr/lib/chromium/chromium"), Path.of("/usr/bin/chromium"));
    static final List<String> PATH_COMMANDS = List.of("chromium-browser", "chromium", "google-chrome");

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;
    private final List<Path> wellKnownPaths;

    /**
     * A locator over explicit sources; {@link #fromSystem()} is the usual way in.
     *
     * @param environment    looks up an environment variable (null when unset)
     * @param properties     looks up a system property (null when unset)
     * @param wellKnownPaths absolute binaries to try before searching {@code PATH}
     */
    public ChromiumLocator(UnaryOperator<String> environment, UnaryOperator<String> properties,
                           List<Path> wellKnownPaths) {
        this.environment = Objects.requireNonNull(environment);
        this.properties = Objects.requireNonNull(properties);
        this.wellKnownPaths = List.copyOf(wellKnownPaths);
    }

    /** A locator reading this process's environment and system properties. */
    public static ChromiumLocator fromSystem() {
        return new ChromiumLocator(System::getenv, System::getProperty, WELL_KNOWN_PATHS);
    }

    /**
     * Chooses the browser.
     *
     * @throws BrowserNotFoundException when a configured binary is missing, or nothing is installed and
     *                                  downloads are not allowed
     */
    public BrowserExecutable locate() {
        Optional<BrowserExecutable> configured = configured(environment.apply(ENV_VARIABLE),
                "the environment variable " + ENV_VARIABLE, BrowserExecutable.Origin.ENVIRONMENT);
        if (configured.isEmpty()) {
            configured = configured(properties.apply(SYSTEM_PROPERTY),
                    "the system property " + SYSTEM_PROPERTY, BrowserExecutable.Origin.SYSTEM_PROPERTY);
        }
        if (configured.isPresent()) {
            return configured.get();
        }
        List<String> looked = new ArrayList<>();
        for (Path candidate : wellKnownPaths) {
            looked.add(candidate.toString());
            if (isExecutableFile(candidate)) {
                return BrowserExecutable.at(candidate, BrowserExecutable.Origin.INSTALLED);
            }
        }
        for (String command : PATH_COMMANDS) {
            looked.add(command + " on PATH");
            Optional<Path> found = onPath(command);
            if (found.isPresent()) {
                return BrowserExecutable.at(found.get(), BrowserExecutable.Origin.INSTALLED);
            }
        }
        if (downloadsAllowed()) {
            return BrowserExecutable.playwrightManaged();
        }
        throw new BrowserNotFoundException("No Chromium found. Looked at: " + String.join(", ", looked) + ". "
                + "Install one (Debian/Ubuntu: apt-get install -y chromium), or point " + ENV_VARIABLE
                + " (or -D" + SYSTEM_PROPERTY + ") at a Chromium or Chrome binary, or let Playwright download "
                + "its own browser with " + ALLOW_DOWNLOAD_ENV + "=1.");
    }

    /** Whether the user allowed Playwright to fetch its own browser when none is installed. */
    public boolean downloadsAllowed() {
        return isTrue(environment.apply(ALLOW_DOWNLOAD_ENV)) || isTrue(properties.apply(ALLOW_DOWNLOAD_PROPERTY));
    }

    private Optional<BrowserExecutable> configured(String value, String source, BrowserExecutable.Origin origin) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value.trim());
        if (!path.isAbsolute()) {
            path = onPath(value.trim()).orElse(path.toAbsolutePath());
        }
        if (!isExecutableFile(path)) {
            throw new BrowserNotFoundException(source + " names " + value + ", which is not an executable file. "
                    + "Point it at a Chromium or Chrome binary (Debian: /usr/lib/chromium/chromium), "
                    + "or unset it to search the usual places.");
        }
        return Optional.of(BrowserExecutable.at(path, origin));
    }

    private Optional<Path> onPath(String command) {
        String path = environment.apply("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, command);
                if (isExecutableFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }

    private static boolean isTrue(String value) {
        return value != null && List.of("1", "true", "yes").contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
