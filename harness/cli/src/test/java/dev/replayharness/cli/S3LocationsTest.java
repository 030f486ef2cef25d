package dev.replayharness.cli;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;
import dev.replayharness.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line with s3:// locations against a real S3-compatible server (s3proxy in a child process, its Jetty
 * kept away from the capture server's): inspect and verify read what is under a prefix, named by URL; capture
 * stores into a bucket; a missing object or bucket is an unreadable input named with the fix.
 */
class S3LocationsTest {

    @TempDir
    static Path serverFolder;

    private static S3ProxyServer server;
    private static AutoCloseable pointedAtServer;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void startServerWithRecordings() throws IOException {
        server = S3ProxyServer.start(serverFolder).createBucket("replays");
        pointedAtServer = server.useAsDefault();
        Path bundles = Path.of(System.getProperty("replay.projectRoot", "../..")).resolve("fixtures/bundles");
        try (S3Objects objects = S3Objects.fromEnvironment()) {
            objects.put(S3Location.parse("s3://replays/ci/shop-checkout/rrweb/events.json"),
                    bundles.resolve("shop-checkout/rrweb/events.json"));
            try (Stream<Path> bodies = Files.list(bundles.resolve("shop-modal/posthog"))) {
                for (Path body : bodies.filter(f -> f.getFileName().toString().startsWith("s-")).toList()) {
                    objects.put(S3Location.parse("s3://replays/ci/shop-modal/posthog/" + body.getFileName()), body);
                }
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        pointedAtServer.close();
        server.close();
    }

    private int run(String... args) {
        return ReplayCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void inspectReadsEveryRecordingUnderAPrefixNamedByUrl() {
        int code = run("inspect", "s3://replays/ci/");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("s3://replays/ci/shop-checkout/rrweb\n")
                .contains("s3://replays/ci/shop-modal/posthog\n")
                .contains("  format       rrweb event array")
                .contains("interactions clicks 9, inputs 9, scrolls");
    }

    @Test
    void inspectReadsOneObject() {
        int code = run("inspect", "--json", "s3://replays/ci/shop-checkout/rrweb/events.json");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"files\" : [ \"s3://replays/ci/shop-checkout/rrweb/events.json\" ]");
    }

    @Test
    void verifyListsTheBundlesUnderAPrefix() {
        int code = run("verify", "--list", "--target", "http://127.0.0.1:1/", "s3://replays/ci/");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines().toList()).containsExactly(
                "s3://replays/ci/shop-checkout/rrweb", "s3://replays/ci/shop-modal/posthog");
    }

    @Test
    void aMissingObjectOrBucketIsUnreadableInputNamedWithTheFix() {
        assertThat(run("inspect", "s3://replays/ci/none.json")).isEqualTo(ReplayCli.UNREADABLE_INPUT);
        assertThat(err.toString()).contains("s3://replays/ci/none.json: no such object")
                .contains("check the key");

        assertThat(run("verify", "--list", "--target", "http://127.0.0.1:1/", "s3://no-such-bucket/ci/"))
                .isEqualTo(ReplayCli.UNREADABLE_INPUT);
        assertThat(err.toString()).contains("replay verify: s3://no-such-bucket/ci/: ")
                .contains("the bucket 'no-such-bucket' does not exist at " + server.endpoint());
    }

    @Test
    void captureStoresFinalisedSessionsInTheBucket() throws Exception {
        CaptureCommand command = new CaptureCommand();
        StringWriter log = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(log, true));
        Thread running = new Thread(() -> line.execute("--port", "0", "--store", "s3://replays/captured/",
                "--work", dir.resolve("work").toString()), "capture-under-test");
        running.setDaemon(true);
        running.start();
        try {
            String baseUrl = awaitBaseUrl(log);
            HttpClient http = HttpClient.newHttpClient();
            Path bundles = Path.of(System.getProperty("replay.projectRoot", "../..")).resolve("fixtures/bundles");
            List<Path> bodies;
            try (Stream<Path> files = Files.list(bundles.resolve("shop-checkout/posthog"))) {
                bodies = files.filter(f -> f.getFileName().toString().startsWith("s-")).sorted().toList();
            }
            for (Path body : bodies) {
                assertThat(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/s/"))
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofFile(body)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            }
            String port = baseUrl.substring(baseUrl.lastIndexOf(':') + 1);
            assertThat(run("capture", "flush", "--port", port)).as(out + "\n" + err + "\n" + log).isZero();
            assertThat(out.toString()).contains("{\"finalised\":1}");
            assertThat(log.toString()).contains("bundles into s3://replays/captured/");

            List<Path> stored;
            try (Stream<Path> files = Files.list(server.storedFile("replays", "captured"))) {
                stored = files.filter(f -> f.toString().endsWith(".zip")).toList();
            }
            assertThat(stored).hasSize(1);
            assertThat(eventCount(stored)).isEqualTo(eventCount(bodies));
        } finally {
            command.stop();
            running.join(Duration.ofSeconds(30).toMillis());
        }
        assertThat(running.isAlive()).isFalse();
    }

    @Test
    void aMalformedS3StoreIsAUsageErrorNamingIt() {
        assertThat(run("capture", "--store", "s3://Bad_Bucket/x/")).isEqualTo(ReplayCli.USAGE);
        assertThat(err.toString()).contains("'s3://Bad_Bucket/x/'").contains("is not a bucket name");
    }

    private static String awaitBaseUrl(StringWriter log) throws InterruptedException {
        Pattern apiHost = Pattern.compile("api_host: '(http://[^']+)'");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Matcher matcher = apiHost.matcher(log.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("replay capture did not start; it said:\n" + log);
    }

    private static long eventCount(List<Path> files) {
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            return recording.metadata().eventCount();
        }
    }
}
