package dev.replayharness.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.capture.forward.Forwarder;
import dev.replayharness.capture.intake.CapturedEvent;
import dev.replayharness.capture.intake.EventReader;
import dev.replayharness.capture.intake.PayloadDecoder;
import dev.replayharness.capture.intake.Refusal;
import dev.replayharness.capture.journal.SessionJournals;
import dev.replayharness.capture.store.BundleStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Stands in for PostHog's ingestion for posthog-js: answers the remote config with recording switched on, and
 * journals what {@code /s/} (snapshots) and {@code /e/}, {@code /i/v0/e/}, {@code /batch/} (events) bring, synced
 * before answering 200. Sessions idle for the configured time, or all of them on {@link #flush()} or when stopped,
 * become one portable bundle each. Refusals (400, 413, 415, 429, 503) carry their reason; a body that could not be
 * understood is kept in {@code quarantine/}.
 *
 * <pre>{@code
 * try (CaptureServer capture = CaptureServer.start(CaptureSettings.defaults(folder), System.out::println)) {
 *     // posthog.init(token, {api_host: capture.baseUrl()})
 * }
 * }</pre>
 */
public final class CaptureServer implements AutoCloseable {

    /** Ends every open session now ({@code replay capture flush}): POST, from loopback only. */
    public static final String FLUSH_PATH = "/_replay/flush";
    /** How long PostHog may take to answer a forwarded request before the SDK gets this server's answer. */
    private static final java.time.Duration FORWARD_TIMEOUT = java.time.Duration.ofSeconds(10);
    /** How much of a body beyond the limit is read (and dropped) so that its sender hears the refusal. */
    private static final long DRAIN_LIMIT = 64L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REMOTE_CONFIG = Pattern.compile("/array/[^/]+/config");
    private static final Set<String> SNAPSHOT_PATHS = Set.of("/s", "/s/");
    private static final Set<String> EVENT_PATHS = Set.of("/e", "/e/", "/i/v0/e", "/i/v0/e/", "/batch", "/batch/",
            "/capture", "/capture/", "/track", "/track/");

    private final CaptureSettings settings;
    private final Consumer<String> log;
    private final Server server;
    private final ServerConnector connector;
    private final BundleStore store;
    private final SessionJournals journals;
    private final PayloadDecoder decoder;
    private final EventReader reader = new EventReader();
    private final ClientRates rates;
    private final ScheduledExecutorService idleCheck;
    private final Set<String> loggedRefusals = ConcurrentHashMap.newKeySet();
    private final AtomicLong quarantined = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong snapshotEvents = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong unreachable = new AtomicLong();
    private final Forwarder forwarder;
    private final StaticAssets assets;

    private CaptureServer(CaptureSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        this.decoder = new PayloadDecoder(settings.limits().maxDecodedBytes());
        this.rates = new ClientRates(settings.limits().requestsPerSecond());
        this.forwarder = settings.forward() == null ? null : new Forwarder(settings.forward(), FORWARD_TIMEOUT);
        this.assets = new StaticAssets(settings.assets());
        this.store = settings.store().open();
        this.journals = new SessionJournals(settings.folder(), store, settings.limits().maxOpenSessions(),
                settings.transform(), log);
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("capture");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        if (settings.listen().behindProxy()) {
            // the proxy's forwarding headers name the client, so that rate limits count browsers, not the proxy
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.listen().host());
        connector.setPort(settings.listen().port());
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                answer(request, response, callback);
                return true;
            }
        });
        idleCheck = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "capture-idle");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts a capture server: recovers what a previous run left in the folder, listens, and finalises idle
     * sessions from then on.
     *
     * @param log where the server tells what it does, a line each
     */
    public static CaptureServer start(CaptureSettings settings, Consumer<String> log) {
        CaptureServer capture = new CaptureServer(settings, log);
        try {
            capture.server.start();
        } catch (Exception e) {
            capture.journals.close();
            capture.store.close();
            throw new IllegalStateException("Cannot listen on " + settings.listen().host() + ":"
                    + settings.listen().port() + ": " + e.getMessage(), e);
        }
        long every = Math.max(250, Math.min(30_000, settings.idle().toMillis() / 4));
        capture.idleCheck.scheduleWithFixedDelay(capture::finaliseIdle, every, every, TimeUnit.MILLISECONDS);
        log.accept("capture: listening on " + capture.baseUrl() + ", bundles into " + settings.store().describe());
        return capture;
    }

    /** {@code http://host:port}, the {@code api_host} to give posthog-js. */
    public String baseUrl() {
        String host = settings.listen().host();
        host = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "http://" + host + ":" + connector.getLocalPort();
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The sessions journaled and not yet finalised. */
    public List<String> openSessions() {
        return journals.openSessions();
    }

    /** Finalises every open session now; the ones finalised. */
    public List<String> flush() {
        return journals.finaliseAll();
    }

    /** Events journaled, retries recognised, bodies quarantined, forwards PostHog did not answer, so far. */
    public Counts counts() {
        return new Counts(accepted.get(), snapshotEvents.get(), retried.get(), quarantined.get(), unreachable.get());
    }

    /**
     * What the server took in.
     *
     * @param accepted    events journaled
     * @param snapshots   of those, the recording's ({@code /s/}, {@code $snapshot} events)
     * @param retried     events that were already journaled (a retry) and were not again
     * @param quarantined bodies kept in {@code quarantine/} for inspection
     * @param unreachable requests forward mode could not get PostHog to answer (answered by this server instead)
     */
    public record Counts(long accepted, long snapshots, long retried, long quarantined, long unreachable) {
    }

    private void finaliseIdle() {
        try {
            journals.finaliseIdle(settings.idle(), System.currentTimeMillis());
        } catch (RuntimeException e) {
            log.accept("capture: finalising failed, the journal is kept and tried again: " + e.getMessage());
        }
    }

    /** An answer to write: ours, or PostHog's in forward mode. */
    private record Reply(int status, String contentType, byte[] body) {
        static Reply json(int status, String json) {
            return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void answer(Request request, Response response, Callback callback) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin == null ? "*" : origin);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
        String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, asked == null ? "content-type" : asked);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After");
        response.getHeaders().put(HttpHeader.VARY, "Origin");
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        if (method.equals("OPTIONS")) {
            write(response, callback, Reply.json(200, ""));
            return;
        }
        String client = Request.getRemoteAddr(request);
        if (!rates.take(client, System.nanoTime())) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            write(response, callback, refused(new Refusal(429, "client " + client + " sends more than "
                    + settings.limits().requestsPerSecond() + " requests a second"), path, null, null));
            return;
        }
        if (path.equals(FLUSH_PATH)) {
            write(response, callback, !method.equals("POST") ? Reply.json(405, "{\"error\":\"POST to flush\"}")
                    : !isLoopback(client) ? refused(new Refusal(403, FLUSH_PATH + " is answered on loopback only"),
                    path, null, null) : Reply.json(200, "{\"finalised\":" + flush().size() + "}"));
            return;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        byte[] body;
        try {
            body = readBody(request);
        } catch (Refusal refusal) {
            write(response, callback, refused(refusal, path, contentType, null));
            return;
        }
        Reply own = ownReply(method, path, request.getHttpURI().getQuery(), contentType, body);
        if (forwarder != null) {
            String query = request.getHttpURI().getQuery();
            Map<String, String> headers = new HashMap<>();
            request.getHeaders().forEach(field -> headers.putIfAbsent(field.getLowerCaseName(), field.getValue()));
            java.util.Optional<Forwarder.Answer> upstream = forwarder.forward(method,
                    path + (query == null ? "" : "?" + query), headers, body);
            if (upstream.isPresent()) {
                write(response, callback, new Reply(upstream.get().status(), upstream.get().contentType(),
                        upstream.get().body()));
                return;
            }
            unreachable.incrementAndGet();
        }
        write(response, callback, own);
    }

    /** What this server answers, having journaled what the request brought. */
    private Reply ownReply(String method, String path, String query, String contentType, byte[] body) {
        if (REMOTE_CONFIG.matcher(path).matches()) {
            return Reply.json(200, remoteConfig());
        }
        if (path.startsWith("/flags") || path.startsWith("/decide")) {
            return Reply.json(200, "{\"flags\":{},\"featureFlags\":{},\"featureFlagPayloads\":{},"
                    + "\"errorsWhileComputingFlags\":false,\"sessionRecording\":" + recordingConfig() + "}");
        }
        if (SNAPSHOT_PATHS.contains(path) || EVENT_PATHS.contains(path)) {
            if (!method.equals("POST")) {
                return refused(new Refusal(405, path + " takes POST, not " + method), path, null, null);
            }
            return intake(path, query, contentType, body, SNAPSHOT_PATHS.contains(path));
        }
        if (StaticAssets.isAssetPath(path)) {
            return assets.find(path).map(asset -> new Reply(200, asset.contentType(), asset.content()))
                    .orElseGet(() -> refused(new Refusal(404, assets.missing(path)), path, null, null));
        }
        // config.js, surveys...: posthog-js goes on without them
        return Reply.json(404, "{\"error\":\"not served by the replay capture server\"}");
    }

    private Reply intake(String path, String query, String contentType, byte[] body, boolean snapshots) {
        try {
            byte[] decoded = decoder.decode(body, contentType, query(query));
            List<CapturedEvent> events = reader.read(decoded, snapshots);
            int added = journals.accept(events, System.currentTimeMillis());
            accepted.addAndGet(added);
            if (snapshots) {
                snapshotEvents.addAndGet(added);
            }
            retried.addAndGet(events.size() - added);
            return Reply.json(200, "{\"status\":1}");
        } catch (Refusal refusal) {
            return refused(refusal, path, contentType, body);
        } catch (RuntimeException e) {
            log.accept("capture: " + path + " failed: " + e);
            return Reply.json(500, "{\"error\":\"the capture server could not keep it; retry\"}");
        }
    }

    /**
     * The body, at most the limit. A larger one is read on to its end (up to {@link #DRAIN_LIMIT}) before it is
     * refused, so that the client, still sending, reads the 413 rather than a reset connection.
     */
    private byte[] readBody(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            long limit = settings.limits().maxBodyBytes();
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                long length = request.getLength();
                in.skipNBytes(Math.max(0, Math.min(length, DRAIN_LIMIT) - body.length));
                throw Refusal.tooLarge("the body is " + (length > 0 ? length + " bytes, " : "") + "beyond the limit of "
                        + limit + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw Refusal.malformed("the body could not be read to its end: " + e.getMessage());
        }
    }

    private Reply refused(Refusal refusal, String path, String contentType, byte[] body) {
        String reason = refusal.getMessage();
        if (refusal.quarantined() && body != null) {
            quarantine(path, contentType, body, reason);
        }
        // Logged once per kind of refusal: a misbehaving client must not flood the log.
        if (loggedRefusals.size() < 1_000 && loggedRefusals.add(refusal.status() + " " + path + " "
                + reason.replaceAll("\\d+", "#"))) {
            log.accept("capture: refused " + path + " with " + refusal.status() + ": " + reason);
        }
        return Reply.json(refusal.status(), JSON.createObjectNode().put("error", reason).toString());
    }

    private void quarantine(String path, String contentType, byte[] body, String reason) {
        long n = quarantined.incrementAndGet();
        try {
            Path folder = Files.createDirectories(settings.folder().resolve("quarantine"));
            String name = System.currentTimeMillis() + "-" + n;
            Files.write(folder.resolve(name + ".body"), body);
            Files.writeString(folder.resolve(name + ".txt"), "path: " + path + "\ncontent-type: " + contentType
                    + "\nbytes: " + body.length + "\nrefused: " + reason + "\n");
        } catch (IOException e) {
            log.accept("capture: cannot keep a refused body in quarantine: " + e.getMessage());
        }
    }

    private String remoteConfig() {
        return "{\"supportedCompression\":[\"gzip\",\"gzip-js\"],\"hasFeatureFlags\":false,"
                + "\"sessionRecording\":" + recordingConfig() + ","
                + "\"capturePerformance\":{\"network_timing\":" + settings.recording().network() + ",\"web_vitals\":false},"
                + "\"autocapture_opt_out\":true,\"surveys\":false,\"heatmaps\":false,\"siteApps\":[]}";
    }

    private String recordingConfig() {
        return "{\"endpoint\":\"/s/\",\"consoleLogRecordingEnabled\":" + settings.recording().console() + ","
                + "\"recorderVersion\":\"v2\",\"networkPayloadCapture\":{\"recordHeaders\":" + settings.recording().network()
                + ",\"recordBody\":" + settings.recording().network() + "}}";
    }

    private static boolean isLoopback(String address) {
        return address.equals("127.0.0.1") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1")
                || address.startsWith("127.");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                query.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException ignored) {
                // a parameter that is not URL-encoded is not one posthog-js sent
            }
        }
        return query;
    }

    private static void write(Response response, Callback callback, Reply reply) {
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        response.write(true, java.nio.ByteBuffer.wrap(reply.body()), callback);
    }

    /** Stops listening, finalises every open session and closes the journals. */
    @Override
    public void close() {
        idleCheck.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            log.accept("capture: stopping the listener failed: " + e.getMessage());
        }
        try {
            journals.finaliseAll();
        } finally {
            journals.close();
            store.close();
        }
    }

    /** Stops at once, as a crash would, finalising nothing: for tests of recovery. */
    void abandon() {
        idleCheck.shutdownNow();
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping abruptly is the point
        }
        journals.close();
        store.close();
    }
}
