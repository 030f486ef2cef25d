package dev.replayharness.benchmarks;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.recorder.Journey;
import dev.replayharness.fixtures.recorder.Journeys;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.targets.UrlTarget;
import dev.replayharness.verify.RegressionCheck;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Flakiness, measured: every fixture recording (rrweb and posthog-js) verified N times in a row, with the defaults,
 * on the build it was recorded on and on one regression variant ({@code copy-change}). A recording is flaky when its
 * runs disagree on the verdict, on a step's status, or on which divergences (kind and step) were raised. Prints one
 * line per recording and build, the flake count and how long the loop took.
 *
 * <pre>mvn -q -pl benchmarks -am install -DskipTests && mvn -q -pl benchmarks exec:exec@flakes [-Dbench.repeats=10]</pre>
 */
public final class FlakeCount {

    private static final String REGRESSION = "copy-change";

    private FlakeCount() {
    }

    public static void main(String[] args) throws IOException {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (args.length > 1) {
            System.setProperty("replay.projectRoot", args[1]);
        }
        long started = System.nanoTime();
        int flaky = 0;
        int checked = 0;
        Path out = Files.createTempDirectory("replay-flakes");
        System.out.printf(Locale.ROOT, "Each recording verified %d times in a row; a line is one recording on one "
                + "build%n", repeats);
        System.out.printf(Locale.ROOT, "%-30s %-16s %-9s %s%n", "recording", "build", "outcomes", "verdict");
        try (BrowserSession session = BrowserSession.launch()) {
            for (Journey journey : Journeys.all()) {
                for (String recorder : List.of("rrweb", "posthog")) {
                    for (String variant : List.of(journey.variant(), REGRESSION)) {
                        Set<String> seen = new LinkedHashSet<>();
                        for (int i = 0; i < repeats; i++) {
                            seen.add(outcome(session, journey, recorder, variant, out));
                        }
                        checked++;
                        flaky += seen.size() > 1 ? 1 : 0;
                        String verdict = seen.iterator().next();
                        System.out.printf(Locale.ROOT, "%-30s %-16s %-9s %s%n", journey.name() + "/" + recorder,
                                variant, seen.size() == 1 ? "same" : seen.size() + " kinds",
                                verdict.length() > 100 ? verdict.substring(0, 100) + "..." : verdict);
                        if (seen.size() > 1) {
                            seen.forEach(kind -> System.out.println("    " + kind));
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "flaky: %d of %d recording-build pairs (%d replays) in %.1f min%n", flaky,
                checked, checked * repeats, (System.nanoTime() - started) / 6e10);
    }

    /** What one verification said: each step's status and every divergence by kind and step. */
    private static String outcome(BrowserSession session, Journey journey, String recorder, String variant,
                                  Path out) throws IOException {
        Path folder = FixtureBuilds.bundles().resolve(journey.name()).resolve(recorder);
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().matches("(events\\.json|s-\\d+\\.json(\\.gz)?)"))
                    .sorted().toList();
        }
        try (FixtureServer app = FixtureServer.start(FixtureBuilds.build(journey.app(), variant));
             Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            ReplayOptions options = ReplayOptions.defaults().withOutputDir(out).withStepTimeout(Duration.ofSeconds(5))
                    .withInputs(journey.typedValues());
            ReplayReport report = new RegressionCheck(session, options, CompareOptions.defaults())
                    .check(journey.name(), recording, new UrlTarget(URI.create(app.baseUrl())));
            List<String> parts = new ArrayList<>();
            parts.add(report.regressions().isEmpty() ? "clean" : "diverged");
            for (StepOutcome step : report.result().outcomes()) {
                parts.add(step.step().number() + ":" + step.status());
            }
            report.regressions().stream().map(d -> d.kind() + "@" + d.step()).sorted().forEach(parts::add);
            if (report.result().error() != null) {
                parts.add("error: " + report.result().error());
            }
            return String.join(" ", parts);
        }
    }
}
