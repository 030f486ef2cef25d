package dev.replayharness.verify;

import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.Divergence.Kind;
import dev.replayharness.compare.Divergence.Severity;
import dev.replayharness.compare.DivergenceFinder;
import dev.replayharness.compare.ExpectedPicture;
import dev.replayharness.compare.RecordedBehaviour;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.VisualCheck;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.JourneyExtractor;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ReplayRunner;
import dev.replayharness.run.StepFailure;
import dev.replayharness.run.StepListener;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.TargetException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a recording against a target and judges it: behavioural divergence from the recording, and each step's
 * picture against the expected one from the chosen {@link VisualBaseline} (the rebuilt recording by default).
 */
public final class RegressionCheck {

    private final BrowserSession session;
    private final ReplayOptions replayOptions;
    private final CompareOptions compareOptions;
    private final VisualBaseline baseline;
    private StepListener listener = StepListener.NONE;

    public RegressionCheck(BrowserSession session, ReplayOptions replayOptions, CompareOptions compareOptions) {
        this(session, replayOptions, compareOptions, VisualBaseline.rebuiltRecording());
    }

    public RegressionCheck(BrowserSession session, ReplayOptions replayOptions, CompareOptions compareOptions,
                           VisualBaseline baseline) {
        this.session = session;
        this.replayOptions = replayOptions;
        this.compareOptions = compareOptions;
        this.baseline = baseline;
    }

    /** Tells {@code stepListener} of each replayed step as it is done (and lets it stop the replay). */
    public RegressionCheck listening(StepListener stepListener) {
        this.listener = java.util.Objects.requireNonNull(stepListener, "stepListener");
        return this;
    }

    public ReplayReport check(String name, Recording recording, Target target) {
        Journey journey = JourneyExtractor.extract(recording);
        RecordedActivity activity = RecordedActivity.of(recording);
        RecordedBehaviour recorded = RecordedBehaviour.of(activity);
        RunningTarget running;
        try {
            running = Apps.start(target, "the target");
        } catch (TargetException startFailed) {
            ReplayResult failed = new ReplayResult(name, target.describe(), journey, List.of(),
                    startFailed.getMessage(), 0);
            return judge(failed, recorded, Map.of());
        }
        try (running) {
            ReplayResult replayed = ReplayRunner.on(session, replayOptions).listening(listener).answeringFrom(activity).run(name, journey,
                    running.baseUrl());
            ReplayResult result = new ReplayResult(name, target.describe(), replayed.journey(), replayed.outcomes(),
                    replayed.error(), replayed.durationMillis());
            if (baseline instanceof VisualBaseline.GoldenImages golden) {
                GoldenImages images = new GoldenImages(golden.dir() != null ? golden.dir()
                        : GoldenImages.besideBundle(recording.files()), golden.update());
                Map<Integer, ExpectedPicture> expected = images.expectedFor(result);
                return judgeAgainst(result, recorded, expected, baseline.describe()).with(images.written());
            }
            if (baseline instanceof VisualBaseline.BaselineBuild build) {
                return new SideBySide(session, replayOptions, compareOptions, build).judge(this, result, recorded, activity);
            }
            // The target runs once: the replay and the expected pictures' images both come from it.
            Map<Integer, ExpectedPicture> expected = new RebuildBaseline(session, DomMirror.of(recording), journey,
                    running.baseUrl()).expectedFor(result);
            return judge(result, recorded, expected);
        }
    }

    /** The verdict on a replay, given what was recorded and the expected pictures (from the rebuilt recording). */
    public ReplayReport judge(ReplayResult result, RecordedBehaviour recorded, Map<Integer, ExpectedPicture> expected) {
        return judgeAgainst(result, recorded, expected, VisualBaseline.rebuiltRecording().describe());
    }

    ReplayReport judgeAgainst(ReplayResult result, RecordedBehaviour recorded, Map<Integer, ExpectedPicture> expected,
                              String baselineName) {
        List<Divergence> divergences = new ArrayList<>(new DivergenceFinder(recorded, compareOptions).behavioural(result));
        Map<Integer, Double> ratios = new HashMap<>();
        VisualCheck visual = new VisualCheck(compareOptions);
        for (StepOutcome outcome : result.outcomes()) {
            ExpectedPicture picture = expected.get(outcome.step().number());
            if (outcome.status() != StepOutcome.Status.PASSED || picture == null) {
                continue;
            }
            VisualCheck.Outcome compared = visual.compare(outcome, picture, baselineName);
            ratios.put(outcome.step().number(), compared.ratio());
            compared.divergence().ifPresent(divergences::add);
        }
        divergences.sort(Comparator.comparingInt(Divergence::step));
        return new ReplayReport(result, afterDataDiffered(afterSkippedInput(result, divergences)), ratios);
    }

    /** What follows from a missing record: the page the user went on to is not there either. */
    private static final java.util.Set<Kind> CONSEQUENCES_OF_MISSING_DATA = java.util.EnumSet.of(Kind.ELEMENT_MISSING,
            Kind.STEP_FAILED, Kind.TEXT_CHANGED, Kind.VISUAL_CHANGED, Kind.URL_CHANGED, Kind.SELECTOR_DRIFT);

    /**
     * From the first step whose record the target's data lacks, the journey no longer walks the user's pages (an
     * order that is not there has no product to open): what it then misses or draws otherwise is reported as a
     * warning that says so. Errors the page throws stay regressions: missing data must not make a build crash.
     */
    private static List<Divergence> afterDataDiffered(List<Divergence> divergences) {
        int first = divergences.stream().filter(d -> d.kind() == Kind.DATA_DEPENDENT).mapToInt(Divergence::step)
                .min().orElse(Integer.MAX_VALUE);
        return asWarnings(divergences, d -> d.step() >= first && CONSEQUENCES_OF_MISSING_DATA.contains(d.kind()),
                " (from step " + first + " on, the target's data lacks the recording's records)");
    }

    /** The regressions {@code applies} picks turned into warnings, {@code note} saying why; the others as they were. */
    private static List<Divergence> asWarnings(List<Divergence> divergences,
                                               java.util.function.Predicate<Divergence> applies, String note) {
        List<Divergence> judged = new ArrayList<>();
        for (Divergence d : divergences) {
            judged.add(d.severity() == Severity.REGRESSION && applies.test(d)
                    ? new Divergence(d.kind(), Severity.WARNING, d.step(), d.where(), d.expected(), d.actual() + note,
                    d.evidence())
                    : d);
        }
        return judged;
    }

    /**
     * Once a step was skipped for want of a masked value, the journey is no longer the user's (a form left empty, a
     * search never typed): what diverges later is reported as a warning that says so, not as the build's regression.
     */
    private static List<Divergence> afterSkippedInput(ReplayResult result, List<Divergence> divergences) {
        int skipped = result.outcomes().stream().filter(o -> o.status() == StepOutcome.Status.SKIPPED
                && o.failure() instanceof StepFailure.NeedsInput).mapToInt(o -> o.step().number())
                .findFirst().orElse(Integer.MAX_VALUE);
        return asWarnings(divergences, d -> d.step() > skipped,
                " (after step " + skipped + " was skipped for want of a masked value)");
    }

    static boolean isVisualRegression(Divergence divergence) {
        return divergence.kind() == Kind.VISUAL_CHANGED && divergence.severity() == Severity.REGRESSION;
    }
}
