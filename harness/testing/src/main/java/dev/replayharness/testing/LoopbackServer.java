package dev.replayharness.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A real HTTP server on a free loopback port for tests: it answers each request's path as told, logs every
 * request, and answers on a thread per request, so an answer that blocks (a hanging backend) holds only itself.
 */
public final class LoopbackServer implements AutoCloseable {

    /**
     * One answer.
     *
     * @param status      the HTTP status
     * @param contentType its {@code Content-Type}
     * @param body        the body, as UTF-8
     */
    public record Answer(int status, String contentType, String body) {

        /** A 200 HTML page. */
        public static Answer html(String body) {
            return new Answer(200, "text/html; charset=utf-8", body);
        }

        public static Answer notFound() {
            return new Answer(404, "text/plain", "not found");
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LoopbackServer(Function<String, Answer> answers) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port", e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            Answer answer = answers.apply(exchange.getRequestURI().getPath());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            // Pages of another origin (a CDN, a rebuilt page) may read it, as a public CDN lets them.
            exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Answers every path with {@code answers.apply(path)}. */
    public static LoopbackServer answering(Function<String, Answer> answers) {
        return new LoopbackServer(answers);
    }

    /** Answers every path with the same answer. */
    public static LoopbackServer always(Answer answer) {
        return new LoopbackServer(path -> answer);
    }

    /** Serves these pages (path to HTML, {@code .svg} paths as SVG); any other path answers 404. */
    public static LoopbackServer pages(Map<String, String> pages) {
        return new LoopbackServer(path -> !pages.containsKey(path) ? Answer.notFound()
                : new Answer(200, path.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8",
                pages.get(path)));
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public URI base() {
        return URI.create(origin() + "/");
    }

    /** Every request so far, path and query, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
