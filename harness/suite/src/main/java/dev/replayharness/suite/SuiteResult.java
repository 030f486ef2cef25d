package dev.replayharness.suite;

import java.nio.file.Path;
import java.util.List;

/**
 * A suite's outcome, with the exit code the front doors use: 0 no divergence (or, reproducing, every bug
 * reproduced), 1 divergence (or not reproduced), 3 a bundle could not be read. A target that does not start is
 * {@link TargetStartException} and a setup recording that does not replay {@link dev.replayharness.verify.SetupFailedException} (exit 4); a
 * usage error is 2.
 *
 * @param outcomes one per bundle replayed, in bundle order
 * @param report   the HTML report, or null when none was written
 * @param reportDir where the reports went, or null
 */
public record SuiteResult(List<BundleOutcome> outcomes, Path report, Path reportDir) {

    public static final int OK = 0;
    public static final int DIVERGED = 1;
    public static final int USAGE = 2;
    public static final int UNREADABLE_INPUT = 3;
    public static final int TARGET_FAILED = 4;

    public SuiteResult {
        outcomes = List.copyOf(outcomes);
    }

    /** The exit code of {@code replay verify}. */
    public int verifyExitCode() {
        if (outcomes.stream().anyMatch(o -> o.unreadable() != null)) {
            return UNREADABLE_INPUT;
        }
        return outcomes.stream().allMatch(BundleOutcome::clean) ? OK : DIVERGED;
    }

    /** The exit code of {@code replay reproduce}: 0 when every bundle's recorded failures recurred. */
    public int reproduceExitCode() {
        if (outcomes.stream().anyMatch(o -> o.unreadable() != null)) {
            return UNREADABLE_INPUT;
        }
        return !outcomes.isEmpty() && outcomes.stream().allMatch(o -> o.reproduction().reproduced()) ? OK : DIVERGED;
    }
}
