package dev.replayharness.compare;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.JourneyExtractor;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ReplayRunner;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.target.RunningTarget;
import dev.replayharness.target.Target;
import dev.replayharness.target.UrlTarget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a recording against a target and judges it: behavioural divergence from the recording, and each step's
 * picture against the rebuilt recorded page at that moment.
 */
public final class RegressionCheck {

    private final BrowserSession session;
    private final ReplayOptions replayOptions;
    private final CompareOptions compareOptions;

    public RegressionCheck(BrowserSession session, ReplayOptions replayOptions, CompareOptions compareOptions) {
        this.session = session;
        this.replayOptions = replayOptions;
        this.compareOptions = compareOptions;
    }

    public ReplayReport check(String name, Recording recording, Target target) {
        Journey journey = JourneyExtractor.extract(recording);
        RecordedBehaviour recorded = RecordedBehaviour.of(recording);
        DomMirror mirror = DomMirror.of(recording);
        RunningTarget running;
        try {
            running = target.start();
        } catch (RuntimeException startFailed) {
            ReplayResult failed = new ReplayResult(name, target.describe(), journey, List.of(),
                    "the target did not start: " + startFailed.getMessage(), 0);
            return judge(failed, recorded, Map.of());
        }
        try (running) {
            // The target runs once: the replay and the expected pictures' images both come from it.
            ReplayResult result = ReplayRunner.on(session, replayOptions).run(name, journey,
                    new UrlTarget(running.baseUrl()));
            Map<Integer, byte[]> expected = new RebuildBaseline(session, mirror, journey, running.baseUrl())
                    .expectedFor(result);
            return judge(new ReplayResult(name, target.describe(), result.journey(), result.outcomes(), result.error(),
                    result.durationMillis()), recorded, expected);
        }
    }

    /** The verdict on a replay, given what was recorded and the expected pictures. */
    public ReplayReport judge(ReplayResult result, RecordedBehaviour recorded, Map<Integer, byte[]> expected) {
        List<Divergence> divergences = new ArrayList<>(new DivergenceFinder(recorded, compareOptions).behavioural(result));
        Map<Integer, Double> ratios = new HashMap<>();
        VisualCheck visual = new VisualCheck(compareOptions);
        for (StepOutcome outcome : result.outcomes()) {
            byte[] picture = expected.get(outcome.step().number());
            if (outcome.status() != StepOutcome.Status.PASSED || picture == null) {
                continue;
            }
            VisualCheck.Outcome compared = visual.compare(outcome, picture, "the rebuilt recording");
            ratios.put(outcome.step().number(), compared.ratio());
            compared.divergence().ifPresent(divergences::add);
        }
        divergences.sort(Comparator.comparingInt(Divergence::step));
        return new ReplayReport(result, divergences, ratios);
    }
}
