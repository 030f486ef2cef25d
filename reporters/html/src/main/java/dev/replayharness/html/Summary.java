package dev.replayharness.html;

import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.StepVerdict;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts at the top of the report.
 *
 * @param recordings       recordings in the report
 * @param failedRecordings those with a regression, a failed step or an early stop
 * @param steps            replayed steps, all recordings together
 * @param stepsByStatus    steps per verdict
 * @param divergences      every divergence
 * @param regressions      the divergences that fail a test
 * @param byKind           divergences per kind, kinds in their declared order, only those seen
 */
record Summary(int recordings, int failedRecordings, int steps, Map<StepVerdict, Integer> stepsByStatus,
               int divergences, int regressions, Map<Divergence.Kind, Integer> byKind) {

    static Summary of(List<RecordingView> views) {
        int failed = 0;
        int steps = 0;
        int divergences = 0;
        int regressions = 0;
        Map<StepVerdict, Integer> byStatus = new EnumMap<>(StepVerdict.class);
        for (StepVerdict status : StepVerdict.values()) {
            byStatus.put(status, 0);
        }
        Map<Divergence.Kind, Integer> byKind = new EnumMap<>(Divergence.Kind.class);
        for (RecordingView view : views) {
            if (!view.passed()) {
                failed++;
            }
            for (RecordingView.StepView step : view.steps()) {
                steps++;
                byStatus.merge(step.verdict(), 1, Integer::sum);
            }
            for (Divergence divergence : view.report().divergences()) {
                divergences++;
                if (divergence.severity() == Divergence.Severity.REGRESSION) {
                    regressions++;
                }
                byKind.merge(divergence.kind(), 1, Integer::sum);
            }
        }
        return new Summary(views.size(), failed, steps, Collections.unmodifiableMap(byStatus), divergences,
                regressions, Collections.unmodifiableMap(byKind));
    }
}
