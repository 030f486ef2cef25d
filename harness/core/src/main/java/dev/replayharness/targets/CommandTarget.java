package dev.replayharness.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A command that starts the app ({@code npm run preview -- --port {port}}, {@code java -jar app.jar}). Start runs
 * it, then polls the readiness URL until it answers below 500 or the start timeout passes; then the app is
 * replayed at the base URL. {@code {port}} in the command, readiness URL and base URL is replaced by a free
 * loopback port. Closing stops the whole process tree, also when the run failed.
 *
 * @param command      the program and its arguments
 * @param directory    where to run it, or null for the current folder
 * @param baseUrl      where the app answers, e.g. {@code http://127.0.0.1:{port}/}
 * @param readinessUrl what to poll, or null to poll the base URL
 * @param startTimeout how long the app may take to become ready
 */
public record CommandTarget(List<String> command, Path directory, String baseUrl, String readinessUrl,
                            Duration startTimeout) implements Target {

    private static final int OUTPUT_TAIL_LINES = 40;

    public CommandTarget {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a command target needs a command");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(startTimeout, "startTimeout");
    }

    @Override
    public RunningTarget start() {
        String port = String.valueOf(freePort());
        List<String> resolved = command.stream().map(part -> part.replace("{port}", port)).toList();
        URI base = URI.create(baseUrl.replace("{port}", port));
        URI ready = URI.create((readinessUrl == null ? baseUrl : readinessUrl).replace("{port}", port));
        ProcessBuilder builder = new ProcessBuilder(resolved).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TargetException("could not run " + String.join(" ", resolved) + ": " + e.getMessage(), e);
        }
        Deque<String> tail = new ArrayDeque<>();
        Thread reader = new Thread(() -> keepTail(process, tail), "command-target-output");
        reader.setDaemon(true);
        reader.start();
        Started started = new Started(process, base);
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                started.close();
                throw new TargetException("the command " + String.join(" ", resolved) + " exited with status "
                        + process.exitValue() + " before " + ready + " answered; its last output:\n" + tail(tail));
            }
            if (answers(ready)) {
                return started;
            }
            if (System.nanoTime() > deadline) {
                started.close();
                throw new TargetException("the command " + String.join(" ", resolved) + " did not make " + ready
                        + " answer within " + startTimeout.toSeconds() + " s; its last output:\n" + tail(tail));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                started.close();
                Thread.currentThread().interrupt();
                throw new TargetException("interrupted while waiting for " + ready, e);
            }
        }
    }

    private record Started(Process process, URI baseUrl) implements RunningTarget {
        @Override
        public void close() {
            List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
            tree.forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    tree.forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static void keepTail(Process process, Deque<String> tail) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > OUTPUT_TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // The process ended; what was read is kept.
        }
    }

    private static String tail(Deque<String> tail) {
        synchronized (tail) {
            return tail.isEmpty() ? "  (no output)" : "  " + String.join("\n  ", tail);
        }
    }

    private static boolean answers(URI url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status < 500;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new TargetException("no free loopback port: " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return String.join(" ", command);
    }
}
