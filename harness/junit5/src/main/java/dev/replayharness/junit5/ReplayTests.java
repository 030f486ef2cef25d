package dev.replayharness.junit5;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.BrowserSettings;
import dev.replayharness.bundle.BundleFinder;
import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.RecordedBehaviour;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.Reproduction;
import dev.replayharness.html.HtmlReport;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.JourneyExtractor;
import dev.replayharness.journey.Step;
import dev.replayharness.conditions.ClockMode;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.StepFailure;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.settings.Setting;
import dev.replayharness.settings.TargetSpec;
import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.verify.Apps;
import dev.replayharness.verify.RegressionCheck;
import dev.replayharness.verify.SessionSetup;
import dev.replayharness.verify.SetupFailedException;
import dev.replayharness.verify.VisualBaseline;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recordings as JUnit 5 tests: a container per recording, a test per step, named as the step reads ("step 4: fill
 * 'Email' (css=#email) with 'ada@example.com'"). The recording is replayed against the target when its first test
 * runs; each step's test fails with what diverged there. Use from a {@link ReplayTest} method:
 *
 * <pre>{@code
 * @ReplayTest
 * Stream<DynamicNode> replays() {
 *     return ReplayTests.bundles("src/test/replays").against("http://127.0.0.1:8080/").stream();
 * }
 * }</pre>
 *
 * A recording is a file (rrweb JSON, PostHog export, portable bundle) or a folder whose files are one session
 * (PostHog snapshot blobs).
 */
public final class ReplayTests {

    /** Folders, files and remote locations ({@code s3://...}, read when replay-s3 is on the class path). */
    private final List<BundleLocation> directories;
    private final Target target;
    private final ReplayOptions replayOptions;
    private final CompareOptions compareOptions;
    private final VisualBaseline baseline;
    private final boolean forbidRecordedErrors;
    private final BrowserSettings browser;
    private final Path reportDir;
    /** A recording replayed once before the tests, whose end state every replay starts from; or null. */
    private final Path setup;
    private BrowserSession session;
    /** The recordings replayed so far, in the order their tests ran, for the HTML report. */
    private final List<Verdict> judged = new ArrayList<>();

    private ReplayTests(List<BundleLocation> directories, Target target, ReplayOptions replayOptions,
                        CompareOptions compareOptions, VisualBaseline baseline, boolean forbidRecordedErrors,
                        BrowserSettings browser, Path reportDir, Path setup) {
        this.directories = List.copyOf(directories);
        this.target = target;
        this.replayOptions = replayOptions;
        this.compareOptions = compareOptions;
        this.baseline = baseline;
        this.forbidRecordedErrors = forbidRecordedErrors;
        this.browser = browser;
        this.reportDir = reportDir;
        this.setup = setup;
    }

    /**
     * The recordings in a folder, one test container each, in name order; {@code s3://bucket/prefix/} reads every
     * recording under the prefix (with {@code dev.replayharness:replay-s3} on the test class path).
     */
    public static ReplayTests bundles(String directory) {
        ReplaySettings defaults = ReplaySettings.defaults();
        return new ReplayTests(List.of(BundleLocation.parse(directory)), null, defaults.replay(), defaults.compare(),
                VisualBaseline.rebuiltRecording(), false, defaults.browser(), defaults.reportDir(), null);
    }

    /** The recordings in a folder, every other setting at its default (as {@link ReplaySettings#defaults()}). */
    public static ReplayTests bundles(Path directory) {
        ReplaySettings defaults = ReplaySettings.defaults();
        return new ReplayTests(List.of(BundleLocation.of(directory)), null, defaults.replay(), defaults.compare(),
                VisualBaseline.rebuiltRecording(), false, defaults.browser(), defaults.reportDir(), null);
    }

    /**
     * The tests the settings describe: their bundles, target (a URL, a build folder or a start command), options
     * and picture baseline.
     *
     * @throws IllegalArgumentException when the target is missing or cannot be used
     */
    public static ReplayTests from(ReplaySettings settings) {
        VisualBaseline baseline = settings.baselineTarget() != null
                ? VisualBaseline.baselineBuild(settings.baselineTarget().toTarget())
                : settings.golden() ? VisualBaseline.goldenImages(settings.updateSnapshots())
                : VisualBaseline.rebuiltRecording();
        return new ReplayTests(settings.bundles(), settings.target().toTarget(), settings.replay(), settings.compare(),
                baseline, settings.forbidRecordedErrors(), settings.browser(), settings.reportDir(), settings.setup());
    }

    /** Replays against this target. */
    public ReplayTests against(Target replayTarget) {
        return new ReplayTests(directories, replayTarget, replayOptions, compareOptions, baseline, forbidRecordedErrors,
                browser, reportDir, setup);
    }

    /** Replays against a running app ({@code http...}) or a build folder served here. */
    public ReplayTests against(String urlOrFolder) {
        return against(TargetSpec.of(urlOrFolder).toTarget());
    }

    /**
     * Fails a step while a failure the recording holds (its console errors, exceptions, failed requests: the user's
     * bug) happens there again: the test a bug report becomes, green once the bug is fixed.
     */
    public ReplayTests forbiddingRecordedErrors() {
        return new ReplayTests(directories, target, replayOptions, compareOptions, baseline, true, browser, reportDir,
                setup);
    }

    /** Values for masked fields, by field id, name, label or {@code step:N}. */
    public ReplayTests withInputs(Map<String, String> inputs) {
        return new ReplayTests(directories, target, replayOptions.withInputs(inputs), compareOptions, baseline,
                forbidRecordedErrors, browser, reportDir, setup);
    }

    public ReplayTests comparing(CompareOptions options) {
        return new ReplayTests(directories, target, replayOptions, options, baseline, forbidRecordedErrors, browser,
                reportDir, setup);
    }

    /**
     * Where the report goes ({@code target/replay-report} by default): {@code report.html}, and the screenshots,
     * expected pictures and diffs under {@code steps/}.
     */
    public ReplayTests writingTo(Path dir) {
        return new ReplayTests(directories, target, replayOptions.withOutputDir(dir.resolve("steps")), compareOptions,
                baseline, forbidRecordedErrors, browser, dir, setup);
    }

    /**
     * Compares each step's picture with approved golden images kept beside each bundle ({@code <bundle>-snapshots/}):
     * written on the first run, rewritten when the system property {@code replay.updateSnapshots} is true.
     */
    public ReplayTests withGoldenImages() {
        return new ReplayTests(directories, target, replayOptions, compareOptions,
                VisualBaseline.goldenImages(Boolean.getBoolean(Setting.UPDATE_SNAPSHOTS.property())),
                forbidRecordedErrors, browser, reportDir, setup);
    }

    /** Compares each step's picture with the same step replayed on a baseline build (side by side). */
    public ReplayTests againstBaseline(Target baselineBuild) {
        return new ReplayTests(directories, target, replayOptions, compareOptions,
                VisualBaseline.baselineBuild(baselineBuild), forbidRecordedErrors, browser, reportDir, setup);
    }

    /** The page's time: the recording's ({@link ClockMode#RECORDED}, the default) or the machine's. */
    public ReplayTests withClock(ClockMode clock) {
        return new ReplayTests(directories, target, replayOptions.withClock(clock), compareOptions, baseline,
                forbidRecordedErrors, browser, reportDir, setup);
    }

    /** Leaves the elements matching these CSS selectors out of every picture comparison. */
    public ReplayTests masking(String... selectors) {
        return new ReplayTests(directories, target, replayOptions.withMaskSelectors(List.of(selectors)), compareOptions,
                baseline, forbidRecordedErrors, browser, reportDir, setup);
    }

    /**
     * Replays {@code recording} (logging in, or any preparation) once on the target before the tests; every replay
     * starts from its end state (cookies, local storage). A setup that does not replay fails the tests' creation.
     */
    public ReplayTests withSetup(Path recording) {
        return new ReplayTests(directories, target, replayOptions, compareOptions, baseline, forbidRecordedErrors,
                browser, reportDir, recording);
    }

    /**
     * The tests; closing the stream (JUnit does) closes the browser.
     *
     * @throws SetupFailedException when there is a setup recording and it does not replay
     */
    public Stream<DynamicNode> stream() {
        Objects.requireNonNull(target, "no target: call against(...) first");
        if (setup != null) {
            return afterSetup();
        }
        for (BundleLocation directory : directories) {
            if (directory instanceof BundleLocation.Local local && !Files.exists(local.path())) {
                throw new IllegalArgumentException("no folder of recordings at " + local.path().toAbsolutePath());
            }
        }
        // Recordings are recognised by content: step lists, pictures and golden images beside them are passed over.
        List<BundleRef> recordings = BundleFinder.findAt(directories).stream()
                .sorted(java.util.Comparator.comparing(this::displayName)).toList();
        return recordings.stream().<DynamicNode>map(this::container).onClose(() -> {
            try {
                writeReport();
            } finally {
                if (session != null) {
                    session.close();
                }
            }
        });
    }

    /** The setup replayed on a target started for it, then the tests, every replay starting from its end state. */
    private Stream<DynamicNode> afterSetup() {
        SessionSetup.State state;
        try (RunningTarget running = Apps.start(target, "the target")) {
            state = SessionSetup.run(setup, replayOptions, browser, running.baseUrl());
        }
        ReplayTests prepared = new ReplayTests(directories, target, state.startingEachReplay(replayOptions),
                compareOptions, baseline, forbidRecordedErrors, browser, reportDir, null);
        // The state is a logged-in session: gone with the tests.
        return prepared.stream().onClose(state::close);
    }

    private DynamicContainer container(BundleRef bundle) {
        String name = displayName(bundle);
        URI source = bundle.files().get(0).toUri();
        Journey journey;
        String session;
        try (Recording recording = open(bundle)) {
            journey = JourneyExtractor.extract(recording);
            session = recording.metadata().sessionId();
        }
        Verdict verdict = new Verdict(bundle, name);
        // Each test's name starts with its recording's: reports that list tests without their container (Surefire's
        // XML, most CI dashboards) still say which recording and which step, and two recordings never share a name.
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(testName(name, "replay against " + target.describe()), source,
                () -> verdict.check(0)));
        for (Step step : journey.steps()) {
            tests.add(DynamicTest.dynamicTest(testName(name, step.describe()), source,
                    () -> verdict.check(step.number())));
        }
        return DynamicContainer.dynamicContainer(session == null ? name : name + " (session " + session + ")",
                source, tests.stream());
    }

    /** The HTML report of the recordings replayed, as the command line and Maven write theirs. */
    private void writeReport() {
        if (judged.isEmpty()) {
            return;
        }
        HtmlReport.Builder html = HtmlReport.builder().title(judged.size() + " recording"
                + (judged.size() == 1 ? "" : "s") + " against " + target.describe());
        for (Verdict verdict : judged) {
            try (Recording recording = open(verdict.recordingPath)) {
                html.add(verdict.report, HtmlReport.playerEvents(recording));
            }
        }
        HtmlReport.Written written = html.write(reportDir.resolve("report.html"));
        // Where a person finds it: the build's output is where they look first.
        System.out.println("replay report: " + written.file().toUri());
    }

    /**
     * The recording's name in the tests: a file lying in a searched folder by its file name (the finder names a
     * lone file after its folder), anything else by its bundle name without the searched folder's.
     */
    private String displayName(BundleRef bundle) {
        if (directories.stream().anyMatch(dir -> dir instanceof BundleLocation.Remote remote
                && bundle.name().startsWith(remote.url()))) {
            return bundle.name(); // fetched: its URL, not the download folder it sits in
        }
        Path first = bundle.files().get(0).toAbsolutePath().normalize();
        boolean looseFile = bundle.files().size() == 1 && directories.stream()
                .filter(dir -> dir instanceof BundleLocation.Local)
                .anyMatch(dir -> ((BundleLocation.Local) dir).path().toAbsolutePath().normalize()
                        .equals(first.getParent()));
        if (looseFile) {
            return first.getFileName().toString();
        }
        return bundle.name().contains("/") ? bundle.name().substring(bundle.name().indexOf('/') + 1) : bundle.name();
    }

    /** {@code add-to-cart.json › step 3: click 'Add to cart' (...)}. */
    static String testName(String recording, String test) {
        return recording + " \u203a " + test;
    }

    private static Recording open(BundleRef bundle) {
        return Bundles.openAll(bundle.files(), ReadLimits.defaults());
    }

    /** The replay of one recording, done once when its first test runs. */
    private final class Verdict {
        private final BundleRef recordingPath;
        private final String name;
        private ReplayReport report;

        Verdict(BundleRef recordingPath, String name) {
            this.recordingPath = recordingPath;
            this.name = name;
        }

        void check(int step) {
            ReplayReport verdict = report();
            List<Divergence> here = verdict.at(step);
            StepOutcome outcome = step == 0 ? null : verdict.result().outcomes().stream()
                    .filter(o -> o.step().number() == step).findFirst().orElse(null);
            switch (outcome != null ? verdict.verdictOf(outcome) : verdict.wholeRecordingVerdict()) {
                case FAILED -> throw new AssertionFailedError(here.stream()
                        .filter(d -> d.severity() == Divergence.Severity.REGRESSION).map(Divergence::describe)
                        .reduce((a, b) -> a + "\n" + b).orElse(outcome == null ? "" : outcome.reason()));
                case SKIPPED -> throw new TestAbortedException(needsInputHint(outcome));
                // Neither passed nor failed: the baseline build itself is unstable here.
                case FLAKY -> throw new TestAbortedException("flaky: " + here.stream()
                        .filter(d -> d.severity() == Divergence.Severity.FLAKY).map(Divergence::describe)
                        .collect(Collectors.joining("\n")));
                case PASSED -> { }
            }
        }

        /** A skipped step's reason; for a masked field, the three ways this door takes its value. */
        private static String needsInputHint(StepOutcome outcome) {
            if (!(outcome.failure() instanceof StepFailure.NeedsInput needs)) {
                return outcome.reason();
            }
            String key = needs.suggestedKey();
            return outcome.reason() + "; give it with @ReplayTest(input = \"" + key + "=VALUE\"), -D"
                    + Setting.INPUT.property() + "=" + key + "=VALUE or ReplayTests.withInputs(Map.of(\"" + key
                    + "\", VALUE))";
        }

        private ReplayReport report() {
            if (report == null) {
                if (session == null) {
                    session = BrowserSession.launch(browser);
                }
                try (Recording recording = open(recordingPath)) {
                    report = new RegressionCheck(session, replayOptions, compareOptions, baseline)
                            .check(name, recording, target);
                    if (forbidRecordedErrors) {
                        report = report.with(Reproduction.of(RecordedBehaviour.of(recording), report.result())
                                .asDivergences(report.result()));
                    }
                }
                judged.add(this);
            }
            return report;
        }
    }
}
