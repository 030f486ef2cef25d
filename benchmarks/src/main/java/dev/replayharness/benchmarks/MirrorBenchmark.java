package dev.replayharness.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.MutationData;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the DOM mirror on a long recording against rrweb's own player in the same run: building the mirror
 * (events and mutation operations per second), seeking to 100 random moments (median and p95), and rrweb's
 * {@code Replayer.pause(t)} for the same moments in Chromium.
 *
 * <p>The recording is a real fixture recording repeated with shifted timestamps until it holds the number of
 * events asked for. {@code java -cp ... MirrorBenchmark EVENTS PROJECT_ROOT}.
 */
public final class MirrorBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEEKS = 100;

    private MirrorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int wanted = Integer.parseInt(args.length > 0 ? args[0] : "100000");
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath();
        Path file = root.resolve("benchmarks/target/mirror-benchmark/long.jsonl");
        Files.createDirectories(file.getParent());
        long span = generate(root.resolve("fixtures/bundles/shop-checkout/rrweb/events.json"), wanted, file);

        try (Recording recording = Bundles.open(file)) {
            long mutationOps = 0;
            long events = 0;
            long parseStart = System.nanoTime();
            try (EventStream stream = recording.events()) {
                while (stream.hasNext()) {
                    events++;
                    if (stream.next().event() instanceof Incremental incremental
                            && incremental.data() instanceof MutationData mutation) {
                        mutationOps += mutation.adds().size() + mutation.removes().size() + mutation.texts().size()
                                + mutation.attributes().stream().mapToInt(a -> a.attributes().size()).sum();
                    }
                }
            }
            double parse = (System.nanoTime() - parseStart) / 1e9;
            System.gc();
            long heapBefore = usedHeap();
            long start = System.nanoTime();
            DomMirror mirror = DomMirror.of(recording);
            double build = (System.nanoTime() - start) / 1e9;
            System.gc();
            long heapAfter = usedHeap();
            long[] window = mirror.span(0);
            long[] moments = new Random(11).longs(SEEKS, window[0], window[1] + 1).toArray();
            double[] ours = new double[SEEKS];
            int nodes = 0;
            for (int i = 0; i < SEEKS; i++) {
                long t0 = System.nanoTime();
                nodes = Math.max(nodes, mirror.at(moments[i], 0).nodeCount());
                ours[i] = (System.nanoTime() - t0) / 1e6;
            }
            double[] rrweb = rrwebSeeks(root, recording, moments);
            System.out.printf(Locale.ROOT, "recording: %d events, %.1f minutes, %d mutation operations%n", events,
                    span / 60000.0, mutationOps);
            System.out.printf(Locale.ROOT, "mirror build: %.2f s = %.0f events/s, %.0f mutation ops/s; of which "
                    + "reading and parsing the events alone takes %.2f s, leaving %.0f mutation ops/s for applying%n",
                    build, events / build, mutationOps / build, parse, mutationOps / Math.max(1e-9, build - parse));
            System.out.printf(Locale.ROOT, "mirror memory: %.1f MB held for %d events (the typed events, and a copy "
                    + "of the page every 500 events; a page has up to %d nodes)%n", (heapAfter - heapBefore) / 1e6,
                    events, nodes);
            System.out.printf("%-30s %12s %12s%n", "seek to a random moment", "median ms", "p95 ms");
            System.out.printf(Locale.ROOT, "%-30s %12.2f %12.2f%n", "ours: DomMirror.at", percentile(ours, 50),
                    percentile(ours, 95));
            System.out.printf(Locale.ROOT, "%-30s %12.2f %12.2f%n", "rrweb Replayer.pause (Chromium)",
                    percentile(rrweb, 50), percentile(rrweb, 95));
        }
    }

    /** rrweb's player in Chromium, seeking to the same moments (each seek to a moment replays from a snapshot). */
    private static double[] rrwebSeeks(Path root, Recording recording, long[] moments) throws Exception {
        Path dist = root.resolve("fixtures/recorder/node_modules/rrweb/dist");
        StringBuilder events = new StringBuilder("[");
        try (EventStream stream = recording.events()) {
            stream.forEachRemaining(e -> events.append(events.length() > 1 ? "," : "").append(e.event().raw()));
        }
        events.append(']');
        double[] times = new double[moments.length];
        try (BrowserSession session = BrowserSession.launch();
             BrowserContext context = session.newContext(ContextSpec.application())) {
            context.route("**/*", route -> route.abort());
            Page page = context.newPage();
            page.setContent("<!doctype html><body></body>");
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(Files.readString(dist.resolve("rrweb.umd.min.cjs"))));
            double first = ((Number) page.evaluate("events => { const e = JSON.parse(events); window.player = "
                    + "new rrweb.Replayer(e, {root: document.body, useVirtualDom: false, showWarning: false}); "
                    + "return e[0].timestamp; }", events.toString())).doubleValue();
            for (int i = 0; i < moments.length; i++) {
                times[i] = ((Number) page.evaluate("offset => { const t0 = performance.now(); "
                        + "window.player.pause(offset); return performance.now() - t0; }", moments[i] - first + 1))
                        .doubleValue();
            }
        }
        return times;
    }

    private static long generate(Path source, int wanted, Path file) throws Exception {
        List<ObjectNode> events = new ArrayList<>();
        JSON.readTree(source.toFile()).forEach(e -> events.add((ObjectNode) e));
        long first = events.get(0).get("timestamp").asLong();
        long span = events.get(events.size() - 1).get("timestamp").asLong() - first + 1000;
        int written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int round = 0; written < wanted; round++) {
                for (ObjectNode event : events) {
                    ObjectNode shifted = event.deepCopy();
                    shifted.put("timestamp", event.get("timestamp").asLong() + (long) round * span);
                    out.write(JSON.writeValueAsString(shifted));
                    out.write('\n');
                    written++;
                }
            }
        }
        return (long) Math.ceil((double) written / events.size()) * span;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
