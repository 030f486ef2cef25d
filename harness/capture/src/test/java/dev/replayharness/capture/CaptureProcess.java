package dev.replayharness.capture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A capture server in a process of its own, so that a test can kill it as {@code kill -9} would: the process is
 * this test classpath's {@link #main}, its log lines kept.
 */
final class CaptureProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(30);

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final int port;

    private CaptureProcess(Path folder, int port, Duration idle) {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    CaptureProcess.class.getName(), folder.toString(), String.valueOf(port),
                    String.valueOf(idle.toMillis())).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a capture server process", e);
        }
        CompletableFuture<Integer> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    synchronized (output) {
                        output.add(line);
                    }
                    if (line.startsWith("ready ")) {
                        ready.complete(Integer.parseInt(line.substring(6)));
                    }
                }
            } catch (IOException ignored) {
                // the process died: its output ends here
            }
            ready.completeExceptionally(new IllegalStateException("the capture server process ended: " + output()));
        }, "capture-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            this.port = ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException | InterruptedException e) {
            process.destroyForcibly();
            throw new IllegalStateException("the capture server process was not ready within " + START_LIMIT + ": "
                    + output(), e);
        }
    }

    /** Starts a server process on {@code folder}, listening on {@code port} (0: a free one), and waits for it. */
    static CaptureProcess start(Path folder, int port, Duration idle) {
        return new CaptureProcess(folder, port, idle);
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is finalised or flushed. */
    void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: the server stops as a service manager stops it, finalising every open session. */
    @Override
    public void close() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process: a capture server on the folder, port and idle millis given, until it is stopped. */
    public static void main(String[] args) throws InterruptedException {
        CaptureSettings settings = CaptureSettings.defaults(Path.of(args[0])).withPort(Integer.parseInt(args[1]))
                .withIdle(Duration.ofMillis(Long.parseLong(args[2])))
                .withLimits(new CaptureSettings.Limits(25L << 20, 100L << 20, 10_000, 1_000_000));
        CaptureServer server = CaptureServer.start(settings, System.out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "capture-stop"));
        System.out.println("ready " + server.port());
        Thread.currentThread().join();
    }
}
