package dev.replayharness.s3.fetch;

import dev.replayharness.bundle.BundleFinder;
import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.bundle.RemoteLocationException;
import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;
import dev.replayharness.testing.S3ProxyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** s3:// locations read through the recording module's seam, as every front door reads them. */
class S3FetcherTest {

    @TempDir
    static Path serverFolder;

    private static S3ProxyServer server;
    private static AutoCloseable pointedAtServer;

    @BeforeAll
    static void startServerWithRecordings() throws IOException {
        server = S3ProxyServer.start(serverFolder).createBucket("recordings");
        pointedAtServer = server.useAsDefault();
        Path checkout = Path.of(System.getProperty("replay.projectRoot", "../.."))
                .resolve("fixtures/bundles/shop-checkout");
        try (S3Objects objects = S3Objects.fromEnvironment(); Stream<Path> files = Files.walk(checkout)) {
            for (Path file : files.filter(f -> f.toString().endsWith("events.json")
                    || f.getFileName().toString().startsWith("s-")).toList()) {
                String key = "suite/shop-checkout/" + checkout.relativize(file).toString().replace('\\', '/');
                objects.put(new S3Location("recordings", key), file);
            }
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        pointedAtServer.close();
        server.close();
    }

    private static BundleLocation at(String url) {
        return BundleLocation.parse(url, Path.of(""));
    }

    @Test
    void aPrefixIsEveryRecordingUnderItNamedByUrl() {
        List<BundleRef> found = BundleFinder.findAt(List.of(at("s3://recordings/suite/")));

        assertThat(found).extracting(BundleRef::name).containsExactly(
                "s3://recordings/suite/shop-checkout/posthog", "s3://recordings/suite/shop-checkout/rrweb");
        assertThat(found.get(0).files()).hasSize(4);
        for (BundleRef bundle : found) {
            try (Recording recording = Bundles.openAll(bundle.files(), ReadLimits.defaults())) {
                assertThat(recording.metadata().eventCount()).isPositive();
            }
        }
    }

    @Test
    void oneObjectIsOneRecording() throws IOException {
        List<BundleRef> found = BundleFinder.findAt(
                List.of(at("s3://recordings/suite/shop-checkout/rrweb/events.json")));

        assertThat(found).singleElement().satisfies(bundle -> {
            assertThat(bundle.name()).isEqualTo("s3://recordings/suite/shop-checkout/rrweb/events.json");
            assertThat(bundle.files()).singleElement().satisfies(file -> assertThat(Files.size(file))
                    .isEqualTo(Files.size(server.storedFile("recordings", "suite/shop-checkout/rrweb/events.json"))));
        });
    }

    @Test
    void aMissingKeyOrAnEmptyPrefixIsNamedWithTheFix() {
        assertThatThrownBy(() -> BundleFinder.findAt(List.of(at("s3://recordings/suite/none.zip"))))
                .isInstanceOf(RemoteLocationException.class)
                .hasMessageStartingWith("s3://recordings/suite/none.zip: no such object")
                .hasMessageContaining("check the key (a prefix, for every bundle under it, ends with /)");
        assertThatThrownBy(() -> BundleFinder.findAt(List.of(at("s3://recordings/typo/"))))
                .isInstanceOf(RemoteLocationException.class)
                .hasMessageStartingWith("s3://recordings/typo/: no objects under this prefix at " + server.endpoint());
        assertThatThrownBy(() -> BundleFinder.findAt(List.of(at("s3://Bad_Bucket/x"))))
                .isInstanceOf(RemoteLocationException.class)
                .hasMessageContaining("'Bad_Bucket' is not a bucket name");
    }

}
