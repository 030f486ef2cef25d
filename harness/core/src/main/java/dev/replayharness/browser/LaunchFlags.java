package dev.replayharness.browser;

import java.util.ArrayList;
import java.util.List;

/** The Chromium switches every launch gets. */
final class LaunchFlags {

    private LaunchFlags() {
    }

    /**
     * Switches for a closed network and small machines. Playwright already adds the background-networking,
     * component-update, sync and first-run switches, and --no-sandbox (its chromiumSandbox option
     * defaults to off, which lets Chromium start as root in containers); the rest stop Chromium from phoning home (which is
     * refused here and slows start-up), from using GPU or /dev/shm that containers lack, and from writing
     * crash reports. No {@code --disable-features} here: Chromium keeps only the last one given, and Playwright's
     * own (Translate, MediaRouter, OptimizationHints, HttpsUpgrades, PaintHolding...) must stay in force; with ours
     * after it, an {@code http:} page address was silently tried as {@code https:} first.
     */
    static List<String> forLaunch(List<String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-domain-reliability",
                "--disable-breakpad",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--metrics-recording-only",
                "--hide-scrollbars",
                "--font-render-hinting=none"));
        args.addAll(extra);
        return args;
    }
}
