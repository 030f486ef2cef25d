package dev.replayharness.suite;

import dev.replayharness.bundle.BundleRef;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.Reproduction;
import dev.replayharness.compare.StepVerdict;

import java.util.List;
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

    /**
     * "DIVERGED shop/rrweb — 3/4 steps passed, 1 failed, 1 regression, 1.8 s" (steps counted by their verdicts,
     * as every output counts them), or why it could not be read.
     */
    public String summaryLine() {
        if (unreadable != null) {
            return "UNREADABLE " + bundle.name() + ": " + unreadable;
        }
        var result = report.result();
        StringBuilder steps = new StringBuilder("%d/%d steps passed".formatted(report.count(StepVerdict.PASSED),
                result.outcomes().size()));
        for (StepVerdict other : List.of(StepVerdict.FAILED, StepVerdict.FLAKY, StepVerdict.SKIPPED)) {
            long count = report.count(other);
            if (count > 0) {
                steps.append(", ").append(count).append(' ').append(other.word());
            }
        }
        int regressions = report.regressions().size();
        return "%-9s %s — %s, %d regression%s, %.1f s".formatted(clean() ? "OK" : "DIVERGED", bundle.name(), steps,
                regressions, regressions == 1 ? "" : "s", result.durationMillis() / 1000.0)
                + (result.error() != null ? " (" + result.error() + ")" : "");
    }
}
