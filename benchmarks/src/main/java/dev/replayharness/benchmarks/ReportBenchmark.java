package dev.replayharness.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.html.HtmlReport;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.StepOutcome;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * The HTML report's weight, for the 16 recordings of the demo and for 100: its size, the time to write it, and in
 * Chromium the time until it is loaded and usable, against the same page with every recording opened (every
 * picture decoded, every player started: what a page that shows everything at once costs) in the same run.
 * Recordings are the committed fixture recordings, each step with its recorded screenshot made unique (one pixel
 * changed) so that the report cannot share it with another step.
 *
 * <pre>mvn -q -pl benchmarks -am install -DskipTests && mvn -q -pl benchmarks exec:exec@report</pre>
 */
public final class ReportBenchmark {

    private static final int MAX_STEPS = 6;

    private ReportBenchmark() {
    }

    /** One fixture recording: its player events and its step screenshots. */
    private record Source(String journey, List<JsonNode> events, List<Path> screenshots) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 0) {
            System.setProperty("replay.projectRoot", args[0]);
        }
        List<Source> sources = sources();
        Path work = Files.createTempDirectory("report-bench");
        System.out.printf(Locale.ROOT, "HTML report, %d fixture recordings cycled, up to %d steps each, unique "
                + "pictures%n", sources.size(), MAX_STEPS);
        System.out.printf(Locale.ROOT, "%-11s %9s %9s %12s %14s %16s%n", "recordings", "MB", "write ms", "load ms",
                "usable ms", "all opened ms");
        try (BrowserSession session = BrowserSession.launch()) {
            for (int count : new int[] {16, 100}) {
                List<ReplayReport> reports = new ArrayList<>();
                HtmlReport.Builder builder = HtmlReport.builder().title(count + " recordings");
                for (int i = 0; i < count; i++) {
                    Source source = sources.get(i % sources.size());
                    ReplayReport report = report(source, i, work);
                    reports.add(report);
                    builder.add(report, source.events());
                }
                long started = System.nanoTime();
                HtmlReport.Written written = builder.write(work.resolve("report-" + count + ".html"));
                long writeMillis = (System.nanoTime() - started) / 1_000_000;
                double[] open = open(session, written.file());
                System.out.printf(Locale.ROOT, "%-11d %9.1f %9d %12.0f %14.0f %16.0f%n", count,
                        written.bytes() / 1e6, writeMillis, open[0], open[1], open[2]);
            }
        }
    }

    /** Milliseconds until the load event, until the page answers a script, and until everything is shown. */
    private static double[] open(BrowserSession session, Path file) {
        try (BrowserContext context = session.newContext(ContextSpec.application().withViewport(1280, 900))) {
            Page page = context.newPage();
            long started = System.nanoTime();
            page.navigate(file.toUri().toString());
            double load = (System.nanoTime() - started) / 1e6;
            page.evaluate("() => document.querySelectorAll('details.recording, section.recording').length");
            double usable = (System.nanoTime() - started) / 1e6;
            // Everything shown: every recording opened, every picture decoded, every player started.
            page.evaluate("async () => {"
                    + " document.querySelectorAll('details.recording').forEach(d => d.open = true);"
                    + " await new Promise(r => setTimeout(r, 0));"
                    + " await Promise.all([...document.images].map(i => i.decode().catch(() => null)));"
                    + "}");
            page.waitForFunction("() => [...document.querySelectorAll('.player[data-events]')]"
                    + ".every(p => p.querySelector('.replayer-wrapper, iframe') || p.textContent.length > 0)");
            double all = (System.nanoTime() - started) / 1e6;
            return new double[] {load, usable, all};
        }
    }

    private static ReplayReport report(Source source, int index, Path work) throws IOException {
        long start = source.events().get(0).path("timestamp").asLong();
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int n = 1; n <= source.screenshots().size(); n++) {
            Step step = new Step(n, n, start + 400L * n, 0, 0, new Action.Navigate("http://x.test/" + source.journey()
                    + "/" + n, Action.NavigationKind.LOAD), null);
            Path picture = unique(source.screenshots().get(n - 1), index * MAX_STEPS + n,
                    work.resolve("r" + index + "-s" + n + ".png"));
            outcomes.add(new StepOutcome(step, null, StepOutcome.Found.NOTHING, StepOutcome.PageEvidence.NOTHING,
                    new StepOutcome.Pictures(picture, null, List.of()), List.of(), 200));
        }
        List<Divergence> divergences = index % 3 == 0 ? List.of(new Divergence(Divergence.Kind.CONSOLE_ERROR,
                Divergence.Severity.REGRESSION, 1, "step 1", "no such error", "TypeError: boom", List.of()))
                : List.of();
        Journey journey = new Journey(outcomes.stream().map(StepOutcome::step).toList(), "http://x.test/", 1280, 720,
                false, List.of());
        return new ReplayReport(new ReplayResult(source.journey() + " #" + index, "http://target.test/", journey,
                outcomes, null, 1000), divergences, Map.of());
    }

    /** The picture with one pixel set from {@code seed}: the same to the eye, another file to the report. */
    private static Path unique(Path picture, int seed, Path copy) throws IOException {
        BufferedImage image = ImageIO.read(picture.toFile());
        image.setRGB(0, 0, 0xff000000 | (seed * 7919 & 0xffffff));
        ImageIO.write(image, "png", copy.toFile());
        return copy;
    }

    private static List<Source> sources() throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> journeys = Files.list(FixtureBuilds.bundles())) {
            for (Path journey : journeys.sorted().toList()) {
                Path events = journey.resolve("rrweb/events.json");
                Path screenshots = journey.resolve("rrweb/screenshots");
                if (!Files.exists(events) || !Files.isDirectory(screenshots)) {
                    continue;
                }
                List<Path> pictures;
                try (Stream<Path> files = Files.list(screenshots)) {
                    pictures = files.filter(f -> f.toString().endsWith(".png")).sorted().limit(MAX_STEPS).toList();
                }
                try (Recording recording = Bundles.open(events)) {
                    sources.add(new Source(journey.getFileName().toString(), HtmlReport.playerEvents(recording),
                            pictures));
                }
            }
        }
        return sources;
    }
}
