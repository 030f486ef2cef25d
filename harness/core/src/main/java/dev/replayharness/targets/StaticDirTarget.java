package dev.replayharness.targets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A build folder served by a real HTTP server on a free loopback port: files with their content types,
 * {@code index.html} for folders, and optionally the single-page-app fallback (a path that names no file gets
 * {@code index.html}, so client-side routes load). Nothing outside the folder is ever served.
 *
 * @param root        the build folder
 * @param spaFallback answer unknown paths without a file extension with {@code index.html}
 */
public record StaticDirTarget(Path root, boolean spaFallback) implements Target {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"), Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"), Map.entry("wasm", "application/wasm"), Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("mp3", "audio/mpeg"), Map.entry("pdf", "application/pdf"));

    public StaticDirTarget {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    @Override
    public RunningTarget start() {
        if (!Files.isDirectory(root)) {
            throw new TargetException("the build folder " + root + " does not exist or is not a folder");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new TargetException("could not open a loopback port to serve " + root + ": " + e.getMessage(), e);
        }
        ExecutorService workers = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "static-target");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        return RunningTarget.of(base, () -> {
            server.stop(0);
            workers.shutdownNow();
        });
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", null, "a static build answers GET and HEAD only");
                return;
            }
            Path file = resolve(exchange.getRequestURI().getRawPath());
            if (file == null) {
                send(exchange, 404, "text/plain; charset=utf-8", null, "not found");
                return;
            }
            send(exchange, 200, type(file), file, null);
        }
    }

    /** The file for a request path, or null; a path that climbs out of the root is never resolved. */
    Path resolve(String rawPath) {
        String path = URLDecoder.decode(rawPath == null ? "/" : rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (path.contains("\0")) {
            return null;
        }
        Path candidate = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!candidate.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(candidate)) {
            candidate = candidate.resolve("index.html");
        }
        if (Files.isRegularFile(candidate)) {
            return candidate;
        }
        String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString();
        if (spaFallback && !name.contains(".") && Files.isRegularFile(root.resolve("index.html"))) {
            return root.resolve("index.html");
        }
        return null;
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "application/octet-stream"
                : TYPES.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, Path file, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        long length = file != null ? Files.size(file) : text.getBytes(StandardCharsets.UTF_8).length;
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : length == 0 ? -1 : length);
        if (head || length == 0) {
            return;
        }
        try (OutputStream out = exchange.getResponseBody()) {
            if (file != null) {
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
            } else {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Override
    public String describe() {
        return root + (spaFallback ? " (static, SPA fallback)" : " (static)");
    }
}
