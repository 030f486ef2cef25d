package dev.replayharness.suite;

import dev.replayharness.bundle.BundleRef;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.Reproduction;

import java.util.Objects;

/**
 * What became of one bundle.
 *
 * @param bundle       the bundle
 * @param report       the replay and its verdict, or null when the bundle could not be read
 * @param reproduction whether the recording's own failures recurred, or null when it could not be read
 * @param unreadable   why the bundle could not be read, or null
 */
public record BundleOutcome(BundleRef bundle, ReplayReport report, Reproduction reproduction, String unreadable) {

    public BundleOutcome {
        Objects.requireNonNull(bundle, "bundle");
        if ((report == null) == (unreadable == null)) {
            throw new IllegalArgumentException("a bundle outcome has either a report or a reason it is unreadable");
        }
    }

    /** Nothing that counts as a regression, and readable. */
    public boolean clean() {
        return unreadable == null && report.regressions().isEmpty();
    }

    /** "OK site-guide/rrweb — 6/6 steps passed, 0 regressions, 1.8 s", or why it could not be read. */
    public String summaryLine() {
        if (unreadable != null) {
            return "UNREADABLE " + bundle.name() + ": " + unreadable;
        }
        var result = report.result();
        long passed = result.outcomes().stream().filter(o -> o.status() == dev.replayharness.run.StepOutcome.Status.PASSED)
                .count();
        int regressions = report.regressions().size();
        return "%-9s %s — %d/%d steps passed, %d regression%s, %.1f s".formatted(clean() ? "OK" : "DIVERGED",
                bundle.name(), passed, result.outcomes().size(), regressions, regressions == 1 ? "" : "s",
                result.durationMillis() / 1000.0) + (result.error() != null ? " (" + result.error() + ")" : "");
    }
}
