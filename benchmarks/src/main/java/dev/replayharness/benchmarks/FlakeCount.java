package dev.replayharness.benchmarks;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/**
 * Flakiness, measured: every fixture recording (rrweb and posthog-js) verified N times in a row, with the defaults,
 * on the build it was recorded on and on one regression variant ({@code copy-change}), two at a time. A recording
 * is flaky when its runs disagree on the verdict, on a step's status, or on which divergences (kind and step) were
 * raised. Prints one line per recording and build, the flake count and how long the loop took.
 *
 * <pre>mvn -q -pl benchmarks -am install -DskipTests && mvn -q -pl benchmarks exec:exec@flakes [-Dbench.repeats=10]
 *     [-Dbench.journeys=shop-deals,site-guide]</pre>
 */
public final class FlakeCount {

    private static final String REGRESSION = "copy-change";
    private static final int WORKERS = 2;

    private FlakeCount() {
    }

    /** One recording on one build: its name and what its repeated runs said. */
    private record Pair(Journey journey, String recorder, String variant) {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        if (args.length > 1) {
            System.setProperty("replay.projectRoot", args[1]);
        }
        Set<String> only = args.length > 2 && !args[2].equals("all") ? Set.of(args[2].split(",")) : null;
        long started = System.nanoTime();
        Path out = Files.createTempDirectory("replay-flakes");
        List<Pair> pairs = new ArrayList<>();
        for (Journey journey : Journeys.all()) {
            if (only != null && !only.contains(journey.name())) {
                continue;
            }
            for (String recorder : List.of("rrweb", "posthog")) {
                for (String variant : List.of(journey.variant(), REGRESSION)) {
                    pairs.add(new Pair(journey, recorder, variant));
                }
            }
        }
        System.out.printf(Locale.ROOT, "Each recording verified %d times in a row on %d workers; a line is one "
                + "recording on one build%n", repeats, WORKERS);
        System.out.printf(Locale.ROOT, "%-30s %-16s %-9s %s%n", "recording", "build", "outcomes", "verdict");
        ConcurrentLinkedQueue<Pair> queue = new ConcurrentLinkedQueue<>(pairs);
        Map<Pair, Set<String>> seen = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Thread worker = new Thread(() -> {
                // Playwright is not thread-safe: a browser per worker, used on its thread only.
                try (BrowserSession session = BrowserSession.launch()) {
                    Pair pair;
                    while ((pair = queue.poll()) != null) {
                        Set<String> kinds = new LinkedHashSet<>();
                        for (int i = 0; i < repeats; i++) {
                            kinds.add(outcome(session, pair, out.resolve(Thread.currentThread().getName())));
                        }
                        seen.put(pair, kinds);
                        print(pair, kinds);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "flakes-" + (w + 1));
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        long flaky = seen.values().stream().filter(kinds -> kinds.size() > 1).count();
        System.out.printf(Locale.ROOT, "flaky: %d of %d recording-build pairs (%d replays) in %.1f min%n", flaky,
                seen.size(), seen.size() * repeats, (System.nanoTime() - started) / 6e10);
    }

    private static synchronized void print(Pair pair, Set<String> kinds) {
        String verdict = kinds.iterator().next();
        System.out.printf(Locale.ROOT, "%-30s %-16s %-9s %s%n", pair.journey().name() + "/" + pair.recorder(),
                pair.variant(), kinds.size() == 1 ? "same" : kinds.size() + " kinds",
                verdict.length() > 100 ? verdict.substring(0, 100) + "..." : verdict);
        if (kinds.size() > 1) {
            kinds.forEach(kind -> System.out.println("    " + kind));
        }
    }

    /** What one verification said: each step's status and every divergence by kind and step. */
    private static String outcome(BrowserSession session, Pair pair, Path out) throws IOException {
        Journey journey = pair.journey();
        Path folder = FixtureBuilds.bundles().resolve(journey.name()).resolve(pair.recorder());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().matches("(events\\.json|s-\\d+\\.json(\\.gz)?)"))
                    .sorted().toList();
        }
        try (FixtureServer app = FixtureServer.start(FixtureBuilds.build(journey.app(), pair.variant()));
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
