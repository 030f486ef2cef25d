package dev.replayharness.suite;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.bundle.BundleException;
import dev.replayharness.bundle.BundleFinder;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.RecordedBehaviour;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.Reproduction;
import dev.replayharness.network.NetworkDataException;
import dev.replayharness.run.StepListener;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.TargetException;
import dev.replayharness.targets.UrlTarget;
import dev.replayharness.verify.Apps;
import dev.replayharness.verify.RegressionCheck;
import dev.replayharness.verify.SessionSetup;
import dev.replayharness.verify.SetupFailedException;
import dev.replayharness.verify.VisualBaseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replays every bundle of a suite against one target: finds the bundles, keeps this shard's, starts the target (and
 * the baseline build) once, replays the bundles on {@code jobs} workers (Playwright is not thread-safe, so each
 * worker has its own browser), judges each replay, checks whether the recording's own failures recur, and writes
 * the reports. A bundle that cannot be read is reported and the others still run.
 */
public final class SuiteRunner {

    private final ReplaySettings options;
    private final SuiteListener listener;

    public SuiteRunner(ReplaySettings options, SuiteListener listener) {
        this.options = options;
        this.listener = listener;
    }

    /** The bundles this run replays: found under the options' locations (remote ones fetched), this shard's only. */
    public List<BundleRef> plannedBundles() {
        return BundleFinder.findAt(options.bundles()).stream()
                .filter(bundle -> options.shard() == null || options.shard().owns(bundle.name())).toList();
    }

    /**
     * Runs the suite.
     *
     * @throws TargetStartException when the target or the baseline build does not start
     * @throws SetupFailedException when the setup recording does not replay
     */
    public SuiteResult run() {
        List<BundleRef> bundles = plannedBundles();
        listener.planned(bundles);
        Target target = SuiteTargets.of(options.target());
        try (RunningTarget running = start(target, "the target");
             RunningTarget baseline = options.baselineTarget() == null ? null
                     : start(SuiteTargets.of(options.baselineTarget()), "the baseline build")) {
            if (options.setup() != null) {
                return afterSetup(running, bundles, baseline);
            }
            return replaySuite(bundles, running, baseline);
        }
    }

    /** Replays the setup, then the suite from its end state; the state file (a session) is deleted after. */
    private SuiteResult afterSetup(RunningTarget running, List<BundleRef> bundles, RunningTarget baseline) {
        try (SessionSetup.State state = SessionSetup.run(options.setup(), options.replay(), options.browser(),
                running.baseUrl())) {
            ReplaySettings prepared = options.withReplay(state.startingEachReplay(options.replay()));
            return new SuiteRunner(prepared, listener).replaySuite(bundles, running, baseline);
        }
    }

    private SuiteResult replaySuite(List<BundleRef> bundles, RunningTarget running, RunningTarget baseline) {
        VisualBaseline visual = baseline != null ? VisualBaseline.baselineBuild(new UrlTarget(baseline.baseUrl()))
                : options.golden() ? VisualBaseline.goldenImages(options.updateSnapshots())
                : VisualBaseline.rebuiltRecording();
        Map<String, BundleOutcome> done = replayAll(bundles, new UrlTarget(running.baseUrl()),
                options.target().describe(), visual);
        List<BundleOutcome> ordered = new ArrayList<>();
        for (BundleRef bundle : bundles) {
            if (done.containsKey(bundle.name())) {
                ordered.add(done.get(bundle.name()));
            }
        }
        return ReportFiles.write(options, ordered);
    }

    private static RunningTarget start(Target target, String what) {
        try {
            return Apps.start(target, what);
        } catch (TargetException e) {
            throw new TargetStartException(e.getMessage(), e);
        }
    }

    private Map<String, BundleOutcome> replayAll(List<BundleRef> bundles, Target running, String targetName,
                                                 VisualBaseline visual) {
        ConcurrentLinkedQueue<BundleRef> queue = new ConcurrentLinkedQueue<>(bundles);
        Map<String, BundleOutcome> done = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<RuntimeException> crashed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int count = Math.max(1, Math.min(options.jobs(), bundles.size()));
        for (int i = 0; i < count; i++) {
            Thread worker = new Thread(() -> {
                try (BrowserSession session = BrowserSession.launch(options.browser())) {
                    BundleRef bundle;
                    while (!stop.get() && (bundle = queue.poll()) != null) {
                        BundleOutcome outcome = replayOne(session, bundle, running, targetName, visual);
                        done.put(bundle.name(), outcome);
                        listener.bundleDone(outcome);
                        if (options.stopAtFirstDivergence() && !outcome.clean()) {
                            stop.set(true);
                        }
                    }
                } catch (RuntimeException e) {
                    crashed.add(e);
                }
            }, "replay-worker-" + (i + 1));
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while replaying", e);
            }
        }
        if (!crashed.isEmpty()) {
            throw crashed.get(0);
        }
        return done;
    }

    private BundleOutcome replayOne(dev.replayharness.browser.BrowserSession session, BundleRef bundle, Target running,
                                    String targetName, VisualBaseline visual) {
        listener.bundleStarted(bundle);
        StepListener steps = (name, outcome) -> {
            listener.stepDone(bundle, outcome);
            return !(options.stopAtFirstDivergence() && outcome.status() == StepOutcome.Status.FAILED);
        };
        try (Recording recording = Bundles.openAll(bundle.files(), ReadLimits.defaults())) {
            RecordedBehaviour recorded = RecordedBehaviour.of(recording);
            ReplayReport report = new RegressionCheck(session, options.replay(), options.compare(), visual)
                    .listening(steps).check(bundle.name(), recording, running);
            report = named(report, targetName);
            Reproduction reproduction = Reproduction.of(recorded, report.result());
            if (options.forbidRecordedErrors()) {
                report = report.with(reproduction.asDivergences(report.result()));
            }
            // The replay hid the secret inputs in what it saw; the recording's own failures are hidden here too.
            return options.replay().inputs().secrets().hideIn(new BundleOutcome(bundle, report, reproduction, null));
        } catch (BundleException | NetworkDataException e) {
            // Input that cannot be used as asked (a broken file, no responses for --network recorded): exit 3.
            return new BundleOutcome(bundle, null, null, e.getMessage());
        }
    }

    /** The report with the target as the user named it (not the loopback address it was started on). */
    private static ReplayReport named(ReplayReport report, String targetName) {
        var result = report.result();
        return new ReplayReport(new dev.replayharness.run.ReplayResult(result.name(), targetName, result.journey(),
                result.outcomes(), result.error(), result.durationMillis()), report.divergences(), report.visualRatios());
    }
}
