package dev.replayharness.benchmarks;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.recorder.Journey;
import dev.replayharness.fixtures.recorder.Journeys;
import dev.replayharness.fixtures.recorder.ScriptedStep;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.journey.JourneyExtractor;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.network.RecordedExchanges;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ReplayRunner;
import dev.replayharness.run.StepOutcome;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Replay speed, per fixture journey, in one run against the fixture apps: the harness replaying the rrweb
 * recording (journey extraction excluded, screenshots off and on) against a hand-written Playwright for Java
 * script doing the same steps the way a tester would (fill, click, wait for the result to show), and both
 * against the recorded duration. Then the posthog-js recording of the same journey, replayed bare with the live
 * network and with {@code --network recorded} (its API calls answered from the recorded responses).
 *
 * <pre>mvn -q -pl benchmarks -am install -DskipTests && mvn -q -pl benchmarks exec:exec@replay [-Dbench.runs=3]</pre>
 */
public final class ReplayBenchmark {

    private ReplayBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        if (args.length > 1) {
            System.setProperty("replay.projectRoot", args[1]);
        }
        System.out.printf(Locale.ROOT, "Replay speed, median of %d runs after one warm-up, seconds%n", runs);
        System.out.printf(Locale.ROOT, "%-22s %5s %9s %9s %10s %9s %8s %9s %8s %9s%n", "journey", "steps",
                "recorded", "harness", "+screens", "by hand", "ratio", "realtime", "ph live", "ph rec'd");
        List<Double> ratios = new ArrayList<>();
        try (BrowserSession session = BrowserSession.launch()) {
            for (Journey journey : Journeys.all()) {
                Path events = FixtureBuilds.bundles().resolve(journey.name()).resolve("rrweb/events.json");
                dev.replayharness.journey.Journey steps;
                long recordedMillis;
                try (Recording recording = Bundles.open(events)) {
                    steps = JourneyExtractor.extract(recording);
                    recordedMillis = recording.metadata().durationMillis();
                }
                try (FixtureServer app = FixtureServer.start(FixtureBuilds.build(journey.app(), journey.variant()))) {
                    URI target = URI.create(app.baseUrl());
                    ReplayOptions options = ReplayOptions.defaults().withInputs(journey.typedValues());
                    ReplayRunner bare = ReplayRunner.on(session, options.withOutputDir(null));
                    ReplayRunner withScreens = ReplayRunner.on(session, options
                            .withOutputDir(Path.of("target", "replay-benchmark")));
                    double harness = median(runs, () -> timed(() -> check(bare.run(journey.name(), steps, target))));
                    double screens = median(runs, () -> timed(() -> check(withScreens.run(journey.name(), steps, target))));
                    double hand = median(runs, () -> timed(() -> byHand(session, journey, app.baseUrl())));
                    ratios.add(harness / hand);
                    double[] network = networkModes(session, journey, options, target, runs);
                    System.out.printf(Locale.ROOT, "%-22s %5d %9.2f %9.2f %10.2f %9.2f %7.2fx %8.1fx %8s %9s%n",
                            journey.name(), steps.steps().size(), recordedMillis / 1000.0, harness, screens, hand,
                            harness / hand, recordedMillis / 1000.0 / harness, seconds(network[0]),
                            seconds(network[1]));
                }
            }
        }
        double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "harness / hand-written: median %.2fx, worst %.2fx (goal <= 1.3x)%n",
                sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    /**
     * The journey's posthog-js recording replayed bare with the live network and answered from the recording, in
     * seconds; NaN for both when the recording holds no response bodies.
     */
    private static double[] networkModes(BrowserSession session, Journey journey, ReplayOptions options, URI target,
                                         int runs) throws IOException {
        Path posthog = FixtureBuilds.bundles().resolve(journey.name()).resolve("posthog");
        dev.replayharness.journey.Journey steps;
        RecordedActivity activity;
        List<Path> files = dev.replayharness.bundle.BundleFinder.find(List.of(posthog)).get(0).files();
        try (Recording recording = Bundles.openAll(files, dev.replayharness.bundle.ReadLimits.defaults())) {
            steps = JourneyExtractor.extract(recording);
            activity = RecordedActivity.of(recording);
        }
        if (RecordedExchanges.of(activity, url -> url).answerable() == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        ReplayOptions bare = options.withOutputDir(null);
        ReplayRunner live = ReplayRunner.on(session, bare).answeringFrom(activity);
        ReplayRunner recorded = ReplayRunner.on(session, bare.withNetwork(new NetworkMode.Recorded(false)))
                .answeringFrom(activity);
        return new double[] {median(runs, () -> timed(() -> check(live.run(journey.name(), steps, target)))),
                median(runs, () -> timed(() -> check(recorded.run(journey.name(), steps, target))))};
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void check(ReplayResult result) {
        if (!result.passed()) {
            throw new IllegalStateException(result.name() + " did not replay: " + result.outcomes().stream()
                    .filter(outcome -> outcome.status() != StepOutcome.Status.PASSED).findFirst()
                    .map(StepOutcome::summary).orElse(result.error()));
        }
    }

    /** The same steps as a tester would script them in Playwright for Java. */
    private static void byHand(BrowserSession session, Journey journey, String baseUrl) {
        try (BrowserContext context = session.newContext(new ContextSpec(journey.viewportWidth(),
                journey.viewportHeight(), true))) {
            Page page = context.newPage();
            for (ScriptedStep step : journey.steps()) {
                Locator target = step.selector() == null ? null : page.locator(step.selector()).first();
                switch (step.action()) {
                    case NAVIGATE -> page.navigate(baseUrl + step.value());
                    case CLICK -> target.click();
                    case FILL -> target.fill(step.value());
                    case SELECT -> target.selectOption(step.value());
                    case CHECK -> target.check();
                    case UNCHECK -> target.uncheck();
                    case PRESS -> {
                        if (target == null) {
                            page.keyboard().press(step.value());
                        } else {
                            target.press(step.value());
                        }
                    }
                    case SCROLL -> page.evaluate("dy => window.scrollBy(0, dy)", step.deltaY());
                    case RESIZE -> page.setViewportSize(step.width(), step.height());
                    case BACK -> page.goBack();
                    case DRAG -> target.dragTo(page.locator(step.value()).first());
                    case HOVER -> target.hover();
                    case TYPE -> page.keyboard().type(step.value());
                }
                page.waitForLoadState(LoadState.DOMCONTENTLOADED);
                if (step.waitFor() != null) {
                    page.locator(step.waitFor()).first()
                            .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                }
            }
        }
    }

    private interface Run {
        double seconds();
    }

    private static double timed(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(int runs, Run run) {
        run.seconds(); // warm-up
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = run.seconds();
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
