package dev.replayharness.compare;

import java.util.Locale;

/**
 * How a step came out once judged, the one status every output shows for it (the command line, the Maven log,
 * JUnit, Allure, the HTML report, {@code summary.json}): a step whose action worked but where something regressed
 * (a new console error, a changed picture) failed.
 */
public enum StepVerdict {
    /** Done, and nothing regressed there. */
    PASSED,
    /** Its action failed, or something regressed there. */
    FAILED,
    /** Only flaky divergences there (the baseline build itself is unstable): neither passed nor failed. */
    FLAKY,
    /** Not run, or it needed a value nobody gave. */
    SKIPPED;

    /** The word outputs print: {@code passed}, {@code failed}, {@code flaky}, {@code skipped}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
