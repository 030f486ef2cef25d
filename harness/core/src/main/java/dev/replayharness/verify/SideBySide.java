package dev.replayharness.verify;

import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.Divergence.Kind;
import dev.replayharness.compare.Divergence.Severity;
import dev.replayharness.compare.DivergenceFinder;
import dev.replayharness.compare.ExpectedPicture;
import dev.replayharness.compare.RecordedBehaviour;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.VisualCheck;
import dev.replayharness.journey.Journey;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ReplayRunner;
import dev.replayharness.run.ScreenArea;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.TargetException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a replay against the same journey replayed on a baseline build: each step's picture against the
 * baseline's picture of that step, and behaviour against the recording less what the baseline build does too (a
 * console error both builds log is not this build's regression). When a picture differs, the baseline build is
 * replayed once more: a step whose pictures differ between the baseline's own two runs is classified flaky.
 */
final class SideBySide {

    private final BrowserSession session;
    private final ReplayOptions replayOptions;
    private final CompareOptions compareOptions;
    private final VisualBaseline.BaselineBuild build;

    SideBySide(BrowserSession session, ReplayOptions replayOptions, CompareOptions compareOptions,
               VisualBaseline.BaselineBuild build) {
        this.session = session;
        this.replayOptions = replayOptions;
        this.compareOptions = compareOptions;
        this.build = build;
    }

    ReplayReport judge(RegressionCheck check, ReplayResult candidate, RecordedBehaviour recorded,
                       RecordedActivity activity) {
        ReplayResult first = replayBaseline(candidate.journey(), candidate.name() + "-baseline", activity);
        if (first.error() != null) {
            ReplayReport alone = check.judgeAgainst(candidate, recorded, Map.of(), build.describe());
            return alone.with(List.of(new Divergence(Kind.STEP_FAILED, Severity.WARNING, 0,
                    "the baseline build", "the baseline build to run", first.error(), List.of())));
        }
        Map<Integer, ExpectedPicture> expected = new HashMap<>();
        for (StepOutcome outcome : first.outcomes()) {
            if (outcome.status() == StepOutcome.Status.PASSED && outcome.pictures().screenshot() != null) {
                expected.put(outcome.step().number(), new ExpectedPicture(read(outcome), outcome.pictures().masked()));
            }
        }
        ReplayReport report = check.judgeAgainst(candidate, recorded, expected, build.describe());
        Set<String> sharedWithBaseline = new HashSet<>();
        new DivergenceFinder(recorded, compareOptions).behavioural(first).forEach(d -> sharedWithBaseline.add(key(d)));
        ReplayResult[] second = {null};
        List<Divergence> judged = new ArrayList<>();
        for (Divergence divergence : report.divergences()) {
            if (divergence.kind().behavioural() && divergence.severity() == Severity.REGRESSION
                    && sharedWithBaseline.contains(key(divergence))) {
                judged.add(new Divergence(divergence.kind(), Severity.INFO, divergence.step(), divergence.where(),
                        divergence.expected(), divergence.actual() + " (the baseline build does the same)",
                        divergence.evidence()));
            } else if (RegressionCheck.isVisualRegression(divergence)) {
                if (second[0] == null) {
                    second[0] = replayBaseline(candidate.journey(), candidate.name() + "-baseline-again", activity);
                }
                judged.add(flakyOrNot(divergence, first, second[0]));
            } else {
                judged.add(divergence);
            }
        }
        return new ReplayReport(candidate, judged, report.visualRatios());
    }

    /** A visual difference at a step where the baseline build's two runs also differ is flaky. */
    private Divergence flakyOrNot(Divergence divergence, ReplayResult first, ReplayResult second) {
        Optional<StepOutcome> one = passed(first, divergence.step());
        Optional<StepOutcome> two = passed(second, divergence.step());
        if (one.isEmpty() || two.isEmpty()) {
            return divergence;
        }
        List<ScreenArea> masked = new ArrayList<>(one.get().pictures().masked());
        masked.addAll(two.get().pictures().masked());
        double own = new VisualCheck(compareOptions).ratio(one.get().pictures().screenshot(),
                two.get().pictures().screenshot(), masked);
        if (own <= compareOptions.maxVisualRatio()) {
            return divergence;
        }
        return new Divergence(divergence.kind(), Severity.FLAKY, divergence.step(), divergence.where(),
                divergence.expected(), divergence.actual() + "; flaky: the baseline build's own two runs differ by "
                + "%.1f%% there".formatted(own * 100), divergence.evidence());
    }

    private static Optional<StepOutcome> passed(ReplayResult result, int step) {
        return result.outcomes().stream().filter(o -> o.step().number() == step
                && o.status() == StepOutcome.Status.PASSED && o.pictures().screenshot() != null).findFirst();
    }

    private ReplayResult replayBaseline(Journey journey, String name, RecordedActivity activity) {
        RunningTarget running;
        try {
            running = Apps.start(build.target(), "the baseline build");
        } catch (TargetException startFailed) {
            return new ReplayResult(name, build.target().describe(), journey, List.of(), startFailed.getMessage(), 0);
        }
        try (running) {
            // The baseline's runs write no HAR: the file is the candidate run's.
            ReplayOptions baselineOptions = replayOptions.withConditions(replayOptions.conditions().withRecordHar(null));
            return ReplayRunner.on(session, baselineOptions).answeringFrom(activity).run(name, journey,
                    running.baseUrl());
        }
    }

    private static String key(Divergence divergence) {
        return divergence.kind() + "@" + divergence.step() + ":" + divergence.actual();
    }

    private static byte[] read(StepOutcome outcome) {
        try {
            return Files.readAllBytes(outcome.pictures().screenshot());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + outcome.pictures().screenshot(), e);
        }
    }
}
