package dev.replayharness.benchmarks;

import dev.replayharness.capture.CaptureServer;
import dev.replayharness.capture.CaptureSettings;
import dev.replayharness.capture.SimulatedClients;
import dev.replayharness.capture.intake.EventReader;
import dev.replayharness.capture.intake.PayloadDecoder;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the capture server taking posthog-js's {@code /s/} bodies (the ones real posthog-js sent while the
 * fixture journeys were recorded, each simulated session sending all of them), with every request's events
 * journaled and synced before it is answered, as it runs in production. Beside it, in the same run, where the time
 * goes: the disk's own synced-append rate (the floor of any durable answer), decoding and reading the bodies
 * (CPU), and finalising sessions into bundles. Clients and server share this machine's cores.
 *
 * <p>{@code java -cp ... CaptureBenchmark SESSIONS THREADS,THREADS,...}
 */
public final class CaptureBenchmark {

    private CaptureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<Integer> threadCounts = args.length > 1 ? java.util.Arrays.stream(args[1].split(","))
                .map(Integer::parseInt).toList() : List.of(8, 32, 64);
        SimulatedClients clients = SimulatedClients.prepare(sessions, 0, 1);
        List<SimulatedClients.Batch> oneSession = clients.batches(0);
        long bodyBytes = oneSession.stream().mapToLong(b -> b.body().length).sum();
        Path work = Files.createTempDirectory("capture-benchmark");
        int rrwebEvents = clients.expectedEvents(0, work).size();
        double perRequest = (double) rrwebEvents / oneSession.size();
        System.out.printf(Locale.ROOT, "input: %d sessions x %d real /s/ bodies (%.1f KB gzip on average, %d posthog "
                        + "$snapshot events holding %d rrweb events a session); %d cores, Java %s%n", sessions,
                oneSession.size(), bodyBytes / 1024.0 / oneSession.size(), countEvents(oneSession), rrwebEvents,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-52s %12s %12s %10s%n", "what", "requests/s", "rrweb ev/s", "MB/s");
        try {
            for (int threads : List.of(1, 8)) {
                Rate disk = syncedAppends(work.resolve("disk-" + threads), oneSession, threads);
                row("floor: disk append + fsync, " + threads + " thread(s)", disk, perRequest);
            }
            row("CPU: decode + read bodies, 1 thread", decodeAndRead(oneSession), perRequest);
            for (int threads : threadCounts) {
                Path folder = work.resolve("server-" + threads);
                CaptureSettings settings = CaptureSettings.defaults(folder).withIdle(Duration.ofHours(1))
                        .withLimits(new CaptureSettings.Limits(25L << 20, 100L << 20, sessions + 10, 1_000_000));
                try (CaptureServer capture = CaptureServer.start(settings, line -> { })) {
                    SimulatedClients.Run run = clients.send(capture::baseUrl, threads, Duration.ofMinutes(10),
                            answered -> { });
                    double seconds = run.elapsedNanos() / 1e9;
                    System.out.printf(Locale.ROOT, "%-52s %12.0f %12.0f %10.1f%n",
                            "server: /s/ over HTTP, journal synced, " + threads + " clients", run.answered() / seconds,
                            (double) rrwebEvents * sessions / seconds, run.bytes() / seconds / 1e6);
                    long start = System.nanoTime();
                    int finalised = capture.flush().size();
                    double flushSeconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "%-52s %12s %12s %10s   %.1f sessions/s%n",
                            "  then finalising every session into a bundle", "", "", "", finalised / flushSeconds);
                }
            }
        } finally {
            delete(work);
        }
        double perUser = 1 / 2.0; // posthog-js sends its snapshot buffer every 2 s while a user is active
        System.out.printf(Locale.ROOT, "1,000 users recording at once send at most %.0f /s/ requests a second "
                + "(a buffer each every 2 s while active)%n", 1_000 * perUser);
    }

    private record Rate(double requestsPerSecond, double megabytesPerSecond) {
    }

    private static void row(String what, Rate rate, double eventsPerRequest) {
        System.out.printf(Locale.ROOT, "%-52s %12.0f %12.0f %10.1f%n", what, rate.requestsPerSecond(),
                rate.requestsPerSecond() * eventsPerRequest, rate.megabytesPerSecond());
    }

    /** Each body appended to a file of its thread's own and synced, as a journal does: the disk's ceiling. */
    private static Rate syncedAppends(Path folder, List<SimulatedClients.Batch> bodies, int threads)
            throws Exception {
        Files.createDirectories(folder);
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<Long>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Path file = folder.resolve("journal-" + t);
            done.add(pool.submit(() -> {
                long bytes = 0;
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    for (int r = 0; r < rounds; r++) {
                        for (SimulatedClients.Batch batch : bodies) {
                            channel.write(ByteBuffer.wrap(batch.body()));
                            channel.force(false);
                            bytes += batch.body().length;
                        }
                    }
                }
                return bytes;
            }));
        }
        long bytes = 0;
        for (Future<Long> future : done) {
            bytes += future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rate((double) threads * rounds * bodies.size() / seconds, bytes / seconds / 1e6);
    }

    /** Gunzipping and reading every body with the server's own decoder and reader, nothing written. */
    private static Rate decodeAndRead(List<SimulatedClients.Batch> bodies) {
        PayloadDecoder decoder = new PayloadDecoder(100L << 20);
        EventReader reader = new EventReader();
        int rounds = 20;
        long bytes = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (SimulatedClients.Batch batch : bodies) {
                reader.read(decoder.decode(batch.body(), "text/plain", Map.of("compression", "gzip-js")), true);
                bytes += batch.body().length;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rate(rounds * bodies.size() / seconds, bytes / seconds / 1e6);
    }

    private static int countEvents(List<SimulatedClients.Batch> bodies) {
        PayloadDecoder decoder = new PayloadDecoder(100L << 20);
        EventReader reader = new EventReader();
        return bodies.stream().mapToInt(b -> reader.read(decoder.decode(b.body(), "text/plain",
                Map.of("compression", "gzip-js")), true).size()).sum();
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
