package dev.replayharness.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent clients sending real recorded {@code /s/} bodies, with duplicates and reordered retries: every event
 * ends in its session's bundle exactly once, with the server running throughout, and with the server killed
 * ({@code kill -9}) twice under the load and restarted, while no bundle is ever seen half written. Bounded: 8
 * clients, every recorded body each, a deadline a minute away.
 */
class CaptureUnderLoadTest {

    private static final int CLIENTS = 8;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void concurrentClientsWithDuplicatesAndReorderedRetriesLeaveEveryEventInItsBundleOnce() {
        SimulatedClients clients = SimulatedClients.prepare(CLIENTS, 0.15, 7);
        CaptureSettings settings = CaptureSettings.defaults(folder.resolve("capture"))
                .withLimits(new CaptureSettings.Limits(25L << 20, 100L << 20, 10_000, 1_000_000));
        try (CaptureServer capture = CaptureServer.start(settings, line -> { })) {
            SimulatedClients.Run run = clients.send(capture::baseUrl, CLIENTS, DEADLINE, answered -> { });
            assertThat(run.answered()).isEqualTo(clients.requests());
            assertThat(capture.counts().retried()).as("the duplicates were recognised").isPositive();
            assertThat(capture.flush()).hasSize(CLIENTS);
        }
        assertEveryEventOnce(clients, folder.resolve("capture/bundles"));
    }

    @Test
    void killedTwiceUnderLoadItLosesNoAnsweredEventWritesNoneTwiceAndNoBundleIsSeenHalfWritten() throws Exception {
        SimulatedClients clients = SimulatedClients.prepare(CLIENTS, 0.15, 11);
        Path work = folder.resolve("capture");
        Path bundles = work.resolve("bundles");
        Duration idle = Duration.ofMillis(300); // sessions finalised under the load too, and resumed after
        List<String> outputs = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicReference<CaptureProcess> server = new AtomicReference<>(CaptureProcess.start(work, 0, idle));
        int port = server.get().port();
        int requests = clients.requests();
        Set<Long> killAt = Set.of((long) requests / 3, (long) requests * 2 / 3);
        AtomicInteger kills = new AtomicInteger();
        ExecutorService killer = Executors.newSingleThreadExecutor();
        BundleWatcher watcher = new BundleWatcher(bundles);
        watcher.start();
        try {
            SimulatedClients.Run run = clients.send(() -> "http://127.0.0.1:" + port, CLIENTS, DEADLINE, answered -> {
                if (killAt.contains(answered)) {
                    killer.submit(() -> {
                        server.get().kill();
                        kills.incrementAndGet();
                        outputs.addAll(server.get().output());
                        server.set(CaptureProcess.start(work, port, idle));
                    });
                }
            });
            killer.shutdown();
            assertThat(killer.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            System.out.printf("%d requests answered, %d attempts sent again, %d kills%n", run.answered(),
                    run.failed(), kills.get());
            assertThat(kills).as("kills under the load").hasValue(2);
            assertThat(run.failed()).as("attempts that met a dead server and were sent again").isPositive();
        } finally {
            server.get().close(); // SIGTERM: finalises what is open
            outputs.addAll(server.get().output());
            watcher.stop();
        }

        assertThat(outputs).as("journals of open sessions recovered after a kill")
                .anyMatch(line -> line.contains("recovered from its journal"));
        assertThat(watcher.failures()).as("bundles that could not be read while the server ran").isEmpty();
        assertThat(watcher.reads()).as("bundle reads while the server ran").isPositive();
        assertEveryEventOnce(clients, bundles);
        try (Stream<Path> left = Files.list(work.resolve("journal"))) {
            assertThat(left).as("journals left after the last stop").isEmpty();
        }
    }

    private void assertEveryEventOnce(SimulatedClients clients, Path bundles) {
        for (int client = 0; client < clients.clients(); client++) {
            Path bundle = bundles.resolve(clients.sessionId(client) + ".zip");
            assertThat(bundle).exists();
            assertThat(SimulatedClients.events(List.of(bundle))).as("events of %s", bundle.getFileName())
                    .doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(clients.expectedEvents(client, folder));
        }
    }

    /** Reads every bundle in the folder, again and again, while the server writes them: each must read whole. */
    private static final class BundleWatcher {
        private final Path folder;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Set<String> failures = ConcurrentHashMap.newKeySet();
        private final AtomicInteger reads = new AtomicInteger();
        private final Thread thread;

        BundleWatcher(Path folder) {
            this.folder = folder;
            this.thread = new Thread(this::watch, "bundle-watcher");
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        Set<String> failures() {
            return failures;
        }

        int reads() {
            return reads.get();
        }

        private void watch() {
            while (running.get()) {
                List<Path> zips = List.of();
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        zips = files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList();
                    } catch (IOException e) {
                        failures.add("listing " + folder + ": " + e);
                    }
                }
                for (Path zip : zips) {
                    try {
                        SimulatedClients.events(List.of(zip));
                        reads.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(zip.getFileName() + ": " + e.getMessage());
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
