package dev.replayharness.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One launched Chromium, driven by one Playwright, owned by one thread.
 *
 * <p>Playwright for Java is not thread-safe, so a session refuses calls from any thread but the one that
 * opened it; run recordings in parallel with one session per thread. Each recording gets its own
 * {@link #newContext(ContextSpec) context}: cookies, storage and cache never leak between recordings.
 * Closing the session closes the browser, the driver and the throw-away profile.
 */
public final class BrowserSession implements AutoCloseable {

    private final Thread owner = Thread.currentThread();
    private final Playwright playwright;
    private final Browser browser;
    private final ThrowawayProfile profile;
    private final BrowserSettings settings;
    private boolean closed;

    private BrowserSession(Playwright playwright, Browser browser, ThrowawayProfile profile,
                           BrowserSettings settings) {
        this.playwright = playwright;
        this.browser = browser;
        this.profile = profile;
        this.settings = settings;
    }

    /** Launches the browser {@link BrowserSettings#defaults()} finds, headless. */
    public static BrowserSession launch() {
        return launch(BrowserSettings.defaults());
    }

    /**
     * Starts Playwright and launches Chromium on the calling thread.
     *
     * @throws BrowserLaunchException when Playwright or Chromium fails to start; the message names the binary
     */
    public static BrowserSession launch(BrowserSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ThrowawayProfile profile = ThrowawayProfile.create();
        Playwright playwright = null;
        try {
            playwright = Playwright.create(createOptions(settings.executable()));
            BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                    .setHeadless(settings.headless())
                    .setSlowMo(settings.slowMoMillis())
                    .setArgs(LaunchFlags.forLaunch(settings.extraArgs()))
                    .setEnv(profile.environment(System.getenv()));
            settings.executable().path().ifPresent(launch::setExecutablePath);
            Browser browser = playwright.chromium().launch(launch);
            return new BrowserSession(playwright, browser, profile, settings);
        } catch (PlaywrightException e) {
            if (playwright != null) {
                playwright.close();
            }
            profile.close();
            throw new BrowserLaunchException("Could not launch " + settings.executable().describe() + ": "
                    + firstLine(e.getMessage()) + ". Check that the binary starts on its own ("
                    + settings.executable().path().map(p -> p + " --headless --version").orElse("chromium --version")
                    + "), or choose another with " + ChromiumLocator.ENV_VARIABLE + ".", e);
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            profile.close();
            throw e;
        }
    }

    private static Playwright.CreateOptions createOptions(BrowserExecutable executable) {
        Map<String, String> env = new HashMap<>();
        if (executable.path().isPresent()) {
            // Without this Playwright spends seconds trying to download "Chrome for Testing" first.
            env.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        }
        return new Playwright.CreateOptions().setEnv(env);
    }

    /** A fresh, isolated context: one per recording. The caller closes it. */
    public BrowserContext newContext(ContextSpec spec) {
        checkOwner();
        Browser.NewContextOptions options = new Browser.NewContextOptions()
                .setViewportSize(spec.viewportWidth(), spec.viewportHeight())
                .setJavaScriptEnabled(spec.javaScriptEnabled())
                .setDeviceScaleFactor(1)
                .setLocale("en-US");
        if (spec.recordHar() != null) {
            options.setRecordHarPath(spec.recordHar())
                    .setRecordHarContent(com.microsoft.playwright.options.HarContentPolicy.EMBED);
        }
        if (spec.storageState() != null) {
            options.setStorageStatePath(spec.storageState());
        }
        return browser.newContext(options);
    }

    /** The Playwright browser, for calls the session does not wrap. Same thread rules apply. */
    public Browser browser() {
        checkOwner();
        return browser;
    }

    /** The browser's version string, e.g. {@code 156.0.8078.79}. */
    public String version() {
        checkOwner();
        return browser.version();
    }

    /** What was launched, as chosen by the locator. */
    public BrowserSettings settings() {
        return settings;
    }

    /** The throw-away profile folder that serves as the browser's HOME while it runs. */
    public Path profileDirectory() {
        return profile.root();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        checkOwner();
        closed = true;
        try {
            browser.close();
        } finally {
            try {
                playwright.close();
            } finally {
                profile.close();
            }
        }
    }

    private void checkOwner() {
        if (closed) {
            throw new IllegalStateException("This browser session is closed");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("A browser session belongs to the thread that launched it ("
                    + owner.getName() + "), not " + Thread.currentThread().getName()
                    + ": Playwright is not thread-safe; launch one session per thread.");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
