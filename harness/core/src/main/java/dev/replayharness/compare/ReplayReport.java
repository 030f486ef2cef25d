package dev.replayharness.compare;

import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.StepOutcome;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A replay with its verdict: what diverged, and how much each step's picture differed from the expected one.
 *
 * @param result       the replay
 * @param divergences  everything that diverged, in step order
 * @param visualRatios the differing-pixel ratio per step number, where a picture was compared
 */
public record ReplayReport(ReplayResult result, List<Divergence> divergences, Map<Integer, Double> visualRatios) {

    public ReplayReport {
        Objects.requireNonNull(result, "result");
        divergences = List.copyOf(divergences);
        visualRatios = Map.copyOf(visualRatios);
    }

    /** This report with more divergences, all kept in step order (golden images written, recorded failures). */
    public ReplayReport with(List<Divergence> more) {
        List<Divergence> all = new java.util.ArrayList<>(divergences);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Divergence::step));
        return new ReplayReport(result, all, visualRatios);
    }

    /** The divergences that fail a test. */
    public List<Divergence> regressions() {
        return divergences.stream().filter(d -> d.severity() == Divergence.Severity.REGRESSION).toList();
    }

    /** The divergences of one step. */
    public List<Divergence> at(int step) {
        return divergences.stream().filter(d -> d.step() == step).toList();
    }

    /** The step's one status: what its action did and what diverged there, together. */
    public StepVerdict verdictOf(StepOutcome outcome) {
        StepVerdict diverged = judged(at(outcome.step().number()));
        if (outcome.status() == StepOutcome.Status.FAILED || diverged == StepVerdict.FAILED) {
            return StepVerdict.FAILED;
        }
        return outcome.status() == StepOutcome.Status.SKIPPED ? StepVerdict.SKIPPED : diverged;
    }

    /** The verdict of what diverged in the recording as a whole (step 0), which has no outcome of its own. */
    public StepVerdict wholeRecordingVerdict() {
        return judged(at(0));
    }

    private static StepVerdict judged(List<Divergence> divergences) {
        return divergences.stream().anyMatch(d -> d.severity() == Divergence.Severity.REGRESSION)
                ? StepVerdict.FAILED
                : divergences.stream().anyMatch(d -> d.severity() == Divergence.Severity.FLAKY) ? StepVerdict.FLAKY
                : StepVerdict.PASSED;
    }

    /** How many steps came out each way. */
    public long count(StepVerdict verdict) {
        return result.outcomes().stream().filter(o -> verdictOf(o) == verdict).count();
    }

    /** The largest differing-pixel ratio over the steps, 0 when nothing was compared. */
    public double maxVisualRatio() {
        return visualRatios.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
