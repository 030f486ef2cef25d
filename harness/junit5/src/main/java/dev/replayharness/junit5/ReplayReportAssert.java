package dev.replayharness.junit5;

import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import org.assertj.core.api.AbstractAssert;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** AssertJ assertions on a replay's verdict. Failure messages say what diverged, where, and where the evidence is. */
public final class ReplayReportAssert extends AbstractAssert<ReplayReportAssert, ReplayReport> {

    ReplayReportAssert(ReplayReport actual) {
        super(actual, ReplayReportAssert.class);
    }

    /** No behavioural divergence at warning level or above (steps done, same pages, no new errors...). */
    public ReplayReportAssert hasNoBehaviouralDivergence() {
        isNotNull();
        List<Divergence> found = actual.divergences().stream().filter(d -> d.kind().behavioural())
                .filter(d -> d.severity() != Divergence.Severity.INFO).toList();
        if (!found.isEmpty()) {
            failWithMessage("Expected %s to behave as recorded, but:%n%s", actual.result().name(), lines(found));
        }
        return this;
    }

    /** Nothing that counts as a regression, behavioural or visual. */
    public ReplayReportAssert hasNoRegressions() {
        isNotNull();
        if (!actual.regressions().isEmpty()) {
            failWithMessage("Expected %s to replay without regressions, but:%n%s", actual.result().name(),
                    lines(actual.regressions()));
        }
        return this;
    }

    /** Every compared step's picture differs from the expected one by less than {@code ratio} (0.01 = 1%). */
    public ReplayReportAssert hasVisualDifferenceBelow(double ratio) {
        isNotNull();
        List<String> over = actual.visualRatios().entrySet().stream().filter(e -> e.getValue() >= ratio)
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> String.format(Locale.ROOT, "  step %d: %.2f%% of pixels differ%s", e.getKey(),
                        e.getValue() * 100, evidenceOf(e.getKey())))
                .toList();
        if (!over.isEmpty()) {
            failWithMessage("Expected every step of %s to differ by less than %.2f%% of pixels, but:%n%s",
                    actual.result().name(), ratio * 100, String.join("\n", over));
        }
        return this;
    }

    /** The replay shows the problem (confirms that a recording reproduces a reported bug on this build). */
    public ReplayReportAssert reproduces(Problem problem) {
        isNotNull();
        if (problem.shownBy(actual.result()).isEmpty()) {
            failWithMessage("Expected the replay of %s to reproduce %s, but no step showed it (%d steps replayed)",
                    actual.result().name(), problem, actual.result().outcomes().size());
        }
        return this;
    }

    /**
     * The replay does not show the problem: the regression test a bug report becomes, failing while the bug is there
     * and passing once it is fixed.
     */
    public ReplayReportAssert doesNotReproduce(Problem problem) {
        isNotNull();
        problem.shownBy(actual.result()).ifPresent(where -> failWithMessage(
                "Expected the replay of %s not to reproduce %s, but it still does at %s", actual.result().name(),
                problem, where));
        return this;
    }

    private String evidenceOf(int step) {
        return actual.at(step).stream().filter(d -> d.kind() == Divergence.Kind.VISUAL_CHANGED)
                .findFirst().map(d -> " (see " + d.evidence() + ")").orElse("");
    }

    private static String lines(List<Divergence> divergences) {
        return divergences.stream().map(d -> "  " + d.describe()).collect(Collectors.joining("\n"));
    }
}
