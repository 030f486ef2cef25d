package dev.replayharness.capture;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server over HTTP on loopback, fed real posthog-js bodies: the remote config switches recording on, bodies
 * and their retries are answered 200 and kept once, a flush writes the bundle, every kind of bad request is
 * refused with its reason while the server stays healthy, and a server stopped abruptly loses nothing it answered.
 */
class CaptureServerTest {

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = new ArrayList<>();

    private HttpResponse<String> post(CaptureServer capture, String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl() + path))
                .header("Content-Type", contentType).header("Origin", "http://shop.example")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long eventCount(List<Path> files) {
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            return recording.metadata().eventCount();
        }
    }

    private Path onlyBundle() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("bundles"))) {
            return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
        }
    }

    @Test
    void posthogJsIsToldToRecordItsBodiesAndRetriesAreKeptOnceAndAFlushWritesTheBundle() throws Exception {
        List<byte[]> bodies = RecordedBodies.of("shop-checkout");
        try (CaptureServer capture = CaptureServer.start(CaptureSettings.defaults(folder), log::add)) {
            HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl()
                    + "/array/phc_test/config")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(config.statusCode()).isEqualTo(200);
            assertThat(config.body()).contains("\"sessionRecording\":{\"endpoint\":\"/s/\"", "\"gzip-js\"");
            HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl() + "/s/"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://shop.example")
                    .header("Access-Control-Request-Headers", "content-type").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("http://shop.example");

            for (byte[] body : bodies) {
                HttpResponse<String> answer = post(capture, "/s/", body, "text/plain");
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo("{\"status\":1}");
            }
            assertThat(post(capture, "/s/?retry_count=1", bodies.get(1), "text/plain").statusCode()).isEqualTo(200);
            assertThat(capture.counts().retried()).isPositive();
            assertThat(capture.openSessions()).hasSize(1);

            HttpResponse<String> flushed = post(capture, CaptureServer.FLUSH_PATH, new byte[0], "text/plain");
            assertThat(flushed.body()).isEqualTo("{\"finalised\":1}");
        }
        assertThat(eventCount(List.of(onlyBundle()))).isEqualTo(eventCount(RecordedBodies.files("shop-checkout")));
    }

    @Test
    void everyBadRequestIsRefusedWithItsReasonAndTheServerStaysHealthy() throws Exception {
        CaptureSettings settings = CaptureSettings.defaults(folder)
                .withLimits(new CaptureSettings.Limits(1 << 20, 4 << 20, 100, 200));
        try (CaptureServer capture = CaptureServer.start(settings, log::add)) {
            HttpResponse<String> garbage = post(capture, "/s/", "hello, capture".getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            assertThat(garbage.statusCode()).isEqualTo(400);
            assertThat(garbage.body()).contains("not JSON, gzip, base64 or a data= form");

            ByteArrayOutputStream bomb = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
                gzip.write(new byte[16 << 20]);
            }
            assertThat(post(capture, "/s/", bomb.toByteArray(), "text/plain").statusCode()).isEqualTo(413);
            byte[] body = RecordedBodies.of("shop-modal").get(0);
            assertThat(post(capture, "/s/", java.util.Arrays.copyOf(body, body.length / 2), "text/plain").body())
                    .contains("corrupt or truncated");
            assertThat(post(capture, "/s/", new byte[(1 << 20) + 10], "text/plain").statusCode()).isEqualTo(413);
            assertThat(post(capture, "/s/", body, "image/png").statusCode()).isEqualTo(415);
            HttpResponse<String> tokenless = post(capture, "/e/", ("{\"batch\":[{\"event\":\"$pageview\","
                    + "\"properties\":{\"$session_id\":\"s1\"}}]}").getBytes(StandardCharsets.UTF_8), "text/plain");
            assertThat(tokenless.statusCode()).isEqualTo(400);
            assertThat(tokenless.body()).contains("has no project token");

            assertThat(post(capture, "/s/", body, "text/plain").statusCode()).as("still healthy").isEqualTo(200);
            assertThat(capture.counts().quarantined()).isEqualTo(3);
        }
        try (Stream<Path> kept = Files.list(folder.resolve("quarantine"))) {
            assertThat(kept.filter(f -> f.toString().endsWith(".txt")).toList()).hasSize(3);
        }
        assertThat(log).filteredOn(line -> line.contains("refused")).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aClientSendingTooFastIsToldToSlowDownAndBehindAProxyEachBrowserCountsOnItsOwn() throws Exception {
        CaptureSettings settings = CaptureSettings.defaults(folder)
                .withLimits(new CaptureSettings.Limits(25 << 20, 100 << 20, 100, 1));
        try (CaptureServer direct = CaptureServer.start(settings, log::add)) {
            assertThat(flagsAsked(direct, "10.0.0.1", 12)).contains(200, 429);
            assertThat(flagsAsked(direct, "10.0.0.2", 1)).as("the header is not believed without a proxy")
                    .containsExactly(429);
        }
        try (CaptureServer proxied = CaptureServer.start(settings.behindProxy(), log::add)) {
            assertThat(flagsAsked(proxied, "10.0.0.1", 12)).contains(200, 429);
            assertThat(flagsAsked(proxied, "10.0.0.2", 1)).as("another browser behind the same proxy")
                    .containsExactly(200);
        }
    }

    private List<Integer> flagsAsked(CaptureServer capture, String forwardedFor, int times) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl() + "/flags/?v=2"))
                    .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());
        }
        return statuses;
    }

    @Test
    void theSlimSdksRecorderScriptIsServedFromTheAssetsFolderAndItsAbsenceIsExplained() throws Exception {
        Path dist = Files.createDirectories(folder.resolve("dist"));
        Files.writeString(dist.resolve("lazy-recorder.js"), "/* the recorder */");
        try (CaptureServer without = CaptureServer.start(CaptureSettings.defaults(folder.resolve("a")), log::add)) {
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(without.baseUrl()
                    + "/static/lazy-recorder.js?v=1.449.2")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).contains("--assets");
        }
        try (CaptureServer with = CaptureServer.start(CaptureSettings.defaults(folder.resolve("b")).withAssets(dist),
                log::add)) {
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(URI.create(with.baseUrl()
                    + "/static/lazy-recorder.js?v=1.449.2")).header("Origin", "http://shop.example").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/javascript"));
            assertThat(script.body()).isEqualTo("/* the recorder */");
        }
        assertThat(log).anyMatch(line -> line.contains("refused /static/lazy-recorder.js with 404"));
    }

    @Test
    void aServerStoppedAbruptlyLosesNothingItAnsweredAndTheNextFinalisesIt() throws Exception {
        List<byte[]> bodies = RecordedBodies.of("shop-add-to-cart");
        CaptureServer first = CaptureServer.start(CaptureSettings.defaults(folder), log::add);
        for (byte[] body : bodies) {
            assertThat(post(first, "/s/", body, "text/plain").statusCode()).isEqualTo(200);
        }
        first.abandon();
        assertThat(folder.resolve("bundles")).isEmptyDirectory();

        try (CaptureServer second = CaptureServer.start(CaptureSettings.defaults(folder), log::add)) {
            assertThat(second.openSessions()).hasSize(1);
            assertThat(post(second, "/s/", bodies.get(0), "text/plain").statusCode()).isEqualTo(200);
            assertThat(second.counts().accepted()).as("the retry after the restart is known").isZero();
        }
        assertThat(eventCount(List.of(onlyBundle()))).isEqualTo(eventCount(RecordedBodies.files("shop-add-to-cart")));
    }
}
