package dev.replayharness.capture;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.capture.store.StoreLocation;
import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Settings;
import dev.replayharness.testing.S3ProxyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capture server whose store is a bucket: real posthog-js bodies in, and on flush the session's bundle is in the
 * bucket (a real S3-compatible server, s3proxy, in a child process), whole and with every event.
 */
class CaptureToS3Test {

    @TempDir
    Path folder;

    @Test
    void aFlushedSessionLandsInTheBucketAsOneBundle() throws Exception {
        List<String> log = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        try (S3ProxyServer s3 = S3ProxyServer.start(folder.resolve("s3")).createBucket("sessions");
             AutoCloseable credentials = s3.useAsDefault()) {
            CaptureSettings settings = CaptureSettings.defaults(folder.resolve("work")).withStore(
                    new StoreLocation.Bucket(S3Location.parse("s3://sessions/captured/"),
                            S3Settings.at(s3.endpoint(), S3ProxyServer.REGION)));
            try (CaptureServer capture = CaptureServer.start(settings, log::add)) {
                for (byte[] body : RecordedBodies.of("shop-checkout")) {
                    assertThat(http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl() + "/s/"))
                            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                }
                HttpResponse<String> flushed = http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl()
                        + CaptureServer.FLUSH_PATH)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(flushed.body()).isEqualTo("{\"finalised\":1}");
            }
            assertThat(log).anySatisfy(line -> assertThat(line).contains("bundles into s3://sessions/captured/"));
            assertThat(log).anySatisfy(line -> assertThat(line).contains("finalised into s3://sessions/captured/"));

            List<Path> stored;
            try (Stream<Path> files = Files.list(s3.storedFile("sessions", "captured"))) {
                stored = files.filter(f -> f.toString().endsWith(".zip")).toList();
            }
            assertThat(stored).hasSize(1);
            assertThat(eventCount(stored)).isEqualTo(eventCount(RecordedBodies.files("shop-checkout")));
        }
    }

    private static long eventCount(List<Path> files) {
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            return recording.metadata().eventCount();
        }
    }
}
