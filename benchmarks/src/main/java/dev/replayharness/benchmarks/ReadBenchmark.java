package dev.replayharness.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Measures reading a large recording, against baselines in the same run: the floor (just reading, and
 * gunzipping, the bytes) and the naive way (Jackson reading every event into memory at once).
 *
 * <p>Builds the input from the real fixture recordings, repeated with shifted timestamps, as plain JSON lines
 * and gzip. Each measurement runs in a fresh JVM: ours with a 256 MiB heap (it must not need more, whatever
 * the file size), the naive reader with 12 GiB. Prints one table.
 *
 * <p>{@code java -cp ... ReadBenchmark SIZE PROJECT_ROOT}, SIZE like {@code 1g} or {@code 200m}.
 */
public final class ReadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].startsWith("--")) {
            measureInThisJvm(args[0], Path.of(args[1]));
            return;
        }
        long size = parseSize(args.length > 0 ? args[0] : "1g");
        Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath();
        Path dir = root.resolve("benchmarks/target/read-benchmark");
        Files.createDirectories(dir);
        Path plain = dir.resolve("events.jsonl");
        Path gzip = dir.resolve("events.jsonl.gz");
        generate(root.resolve("fixtures/bundles"), size, plain, gzip);
        System.out.printf(Locale.ROOT, "input: %s (%.0f MB), %s (%.0f MB); %d cores, Java %s%n", plain.getFileName(),
                mb(Files.size(plain)), gzip.getFileName(), mb(Files.size(gzip)),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-34s %-12s %10s %10s %14s%n", "what", "input", "seconds", "MB/s", "peak heap MB");
        for (Path file : List.of(plain, gzip)) {
            row("floor: read the bytes", file, "2g", "--floor");
            row("floor: Jackson tokens, no objects", file, "256m", "--tokens");
            row("ours: Bundles.open + every event", file, "256m", "--ours");
            row("naive: Jackson reads all at once", file, "12g", "--naive");
        }
        System.out.println("MB/s counts the file's uncompressed JSON bytes; peak heap is the most heap in use, sampled every 5 ms.");
    }

    private static void row(String what, Path file, String heap, String mode) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
                ReadBenchmark.class.getName(), mode, file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        int exit = process.waitFor();
        String[] result = output.lines().reduce((a, b) -> b).orElse("").split(" ");
        if (exit != 0 || result.length != 3) {
            String reason = output.contains("OutOfMemoryError") ? "out of memory at -Xmx" + heap : "failed: " + output;
            System.out.printf("%-34s %-12s %s%n", what, file.getFileName(), reason);
            return;
        }
        double seconds = Double.parseDouble(result[0]);
        long bytes = Long.parseLong(result[1]);
        System.out.printf(Locale.ROOT, "%-34s %-12s %10.2f %10.0f %14.0f%n", what, file.getFileName(), seconds,
                mb(bytes) / seconds, mb(Long.parseLong(result[2])));
    }

    /** Runs one measurement and prints "seconds jsonBytes peakHeapBytes". */
    private static void measureInThisJvm(String mode, Path file) throws Exception {
        // Sample the heap in use: the sum of each pool's own peak overstates, as pools peak at different times.
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long jsonBytes = switch (mode) {
            case "--floor" -> floor(file);
            case "--ours" -> ours(file);
            case "--naive" -> naive(file);
            case "--tokens" -> tokens(file);
            default -> throw new IllegalArgumentException(mode);
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        System.out.println(String.format(Locale.ROOT, "%.3f", seconds) + " " + jsonBytes + " " + peak.get());
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static long floor(Path file) throws IOException {
        long bytes = 0;
        byte[] buffer = new byte[1 << 20];
        try (InputStream in = open(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        return bytes;
    }

    private static long ours(Path file) throws IOException {
        long events = 0;
        try (Recording recording = Bundles.open(file, ReadLimits.defaults()); EventStream stream = recording.events()) {
            while (stream.hasNext()) {
                stream.next();
                events++;
            }
        }
        if (events == 0) {
            throw new IllegalStateException("no events read");
        }
        return floor(file);
    }

    /** Jackson's tokenizer alone, building nothing: what any JSON reader pays at least. */
    private static long tokens(Path file) throws IOException {
        long count = 0;
        try (InputStream in = open(file); JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no tokens read");
        }
        return floor(file);
    }

    private static long naive(Path file) throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (InputStream in = open(file); MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(in)) {
            values.forEachRemaining(all::add);
        }
        if (all.isEmpty()) {
            throw new IllegalStateException("no events read");
        }
        return floor(file);
    }

    /** Repeats the fixture events, shifting timestamps, until the plain file reaches {@code size} bytes. */
    private static void generate(Path bundles, long size, Path plain, Path gzip) throws IOException {
        if (Files.exists(plain) && Files.size(plain) >= size && Files.exists(gzip)) {
            return;
        }
        List<ObjectNode> events = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path file : files.filter(f -> f.endsWith(Path.of("rrweb/events.json"))).sorted().toList()) {
                JSON.readTree(file.toFile()).forEach(e -> events.add((ObjectNode) e));
            }
        }
        long first = events.stream().mapToLong(e -> e.get("timestamp").asLong()).min().orElse(0);
        long span = events.stream().mapToLong(e -> e.get("timestamp").asLong()).max().orElse(0) - first + 1;
        events.sort((a, b) -> Long.compare(a.get("timestamp").asLong(), b.get("timestamp").asLong()));
        long written = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(plain), 1 << 20);
             OutputStream gz = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(gzip), 1 << 20), 1 << 16)) {
            for (long round = 0; written < size; round++) {
                for (ObjectNode event : events) {
                    ObjectNode shifted = event.deepCopy();
                    shifted.put("timestamp", event.get("timestamp").asLong() + round * span);
                    byte[] line = JSON.writeValueAsBytes(shifted);
                    out.write(line);
                    out.write('\n');
                    gz.write(line);
                    gz.write('\n');
                    written += line.length + 1;
                }
            }
        }
    }

    private static long parseSize(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        long unit = value.endsWith("g") ? 1L << 30 : value.endsWith("m") ? 1L << 20 : 1;
        return Long.parseLong(value.replaceAll("[gm]$", "")) * unit;
    }

    private static double mb(long bytes) {
        return bytes / 1e6;
    }
}
