package dev.replayharness.s3;

import dev.replayharness.bundle.RemoteLocationException;
import dev.replayharness.testing.S3ProxyServer;
import dev.replayharness.testing.SharedS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The object operations against a real S3-compatible server (s3proxy, filesystem backend). */
class S3ObjectsTest {

    @RegisterExtension
    static final SharedS3 S3 = new SharedS3("bundles");

    @TempDir
    Path work;

    private S3Objects objects() {
        return S3Objects.connect(S3Settings.at(S3.server().endpoint(), S3ProxyServer.REGION));
    }

    @Test
    void putsGetsAndDatesAnObject() throws IOException {
        Path file = Files.writeString(work.resolve("a.zip"), "bundle bytes");
        S3Location location = S3Location.parse("s3://bundles/sessions/a.zip");
        try (S3Objects objects = objects()) {
            assertThat(objects.lastModified(location)).isEmpty();
            objects.put(location, file);

            assertThat(S3.server().storedFile("bundles", "sessions/a.zip")).hasContent("bundle bytes");
            assertThat(objects.lastModified(location)).isPresent();
            Path copy = objects.get(location, work.resolve("copy/a.zip")).orElseThrow();
            assertThat(copy).hasContent("bundle bytes");
            assertThat(objects.get(S3Location.parse("s3://bundles/sessions/none.zip"), work.resolve("n"))).isEmpty();
        }
    }

    @Test
    void keepsUserMetadata() throws IOException {
        Path file = Files.writeString(work.resolve("m.zip"), "m");
        S3Location location = S3Location.parse("s3://bundles/meta/m.zip");
        try (S3Objects objects = objects()) {
            objects.put(location, file, java.util.Map.of("replay-stored-at", "1765152000000"));

            assertThat(objects.head(location)).hasValueSatisfying(head ->
                    assertThat(head.metadata()).containsEntry("replay-stored-at", "1765152000000"));
        }
    }

    @Test
    void listsEveryObjectUnderAPrefixOverManyPages() throws IOException {
        Path file = Files.writeString(work.resolve("x"), "x");
        S3Location prefix = S3Location.parse("s3://bundles/paged/");
        try (S3Objects objects = objects()) {
            IntStream.range(0, 7).forEach(i -> objects.put(prefix.resolve("s-" + i + ".zip"), file));
            objects.put(S3Location.parse("s3://bundles/pagedness.zip"), file);

            assertThat(objects.list(prefix, 2)).extracting(o -> o.location().toString()).containsExactly(
                    "s3://bundles/paged/s-0.zip", "s3://bundles/paged/s-1.zip", "s3://bundles/paged/s-2.zip",
                    "s3://bundles/paged/s-3.zip", "s3://bundles/paged/s-4.zip", "s3://bundles/paged/s-5.zip",
                    "s3://bundles/paged/s-6.zip");
            assertThat(objects.list(prefix)).hasSize(7).allSatisfy(o -> assertThat(o.size()).isEqualTo(1));
        }
    }

    @Test
    void aMissingBucketIsNamedWithTheFix() {
        try (S3Objects objects = objects()) {
            assertThatThrownBy(() -> objects.list(S3Location.parse("s3://no-such-bucket/x/")))
                    .isInstanceOf(RemoteLocationException.class)
                    .hasMessageStartingWith("s3://no-such-bucket/x/: ")
                    .hasMessageContaining("the bucket 'no-such-bucket' does not exist at " + S3.server().endpoint())
                    .hasMessageContaining("create it");
        }
    }

    @Test
    void wrongCredentialsAreNamedWithoutShowingThem() throws Exception {
        String wrongSecret = "not-the-secret-123";
        try (AutoCloseable wrong = setProperty("aws.secretAccessKey", wrongSecret); S3Objects objects = objects()) {
            assertThatThrownBy(() -> objects.list(S3Location.parse("s3://bundles/")))
                    .isInstanceOf(RemoteLocationException.class)
                    .hasMessageContaining("access denied")
                    .hasMessageContaining("check the credentials (AWS_ACCESS_KEY_ID")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrongSecret));
        }
    }

    @Test
    void anUnreachableEndpointIsNamedWithTheFix() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort);
        try (S3Objects objects = S3Objects.connect(S3Settings.at(nowhere, "us-east-1"))) {
            assertThatThrownBy(() -> objects.lastModified(S3Location.parse("s3://bundles/a.zip")))
                    .isInstanceOf(RemoteLocationException.class)
                    .hasMessageStartingWith("s3://bundles/a.zip: ")
                    .hasMessageContaining("cannot reach " + nowhere)
                    .hasMessageContaining("AWS_ENDPOINT_URL_S3");
        }
    }

    @Test
    void noCredentialsAnywhereIsNamedWithTheWaysToGiveThem() throws Exception {
        // Nothing in the chain: no keys, profile files that are not there, and no instance metadata lookup (which
        // would leave loopback).
        try (AutoCloseable noKey = setProperty("aws.accessKeyId", null);
             AutoCloseable noSecret = setProperty("aws.secretAccessKey", null);
             AutoCloseable noMetadata = setProperty("aws.disableEc2Metadata", "true");
             AutoCloseable noProfile = setProperty("aws.sharedCredentialsFile", work.resolve("none").toString());
             AutoCloseable noConfig = setProperty("aws.configFile", work.resolve("none").toString());
             S3Objects objects = objects()) {
            assertThatThrownBy(() -> objects.list(S3Location.parse("s3://bundles/")))
                    .isInstanceOf(RemoteLocationException.class)
                    .hasMessageStartingWith("s3://bundles/: cannot list it: no AWS credentials found")
                    .hasMessageContaining("set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE");
        }
    }

    /** Sets (or, for null, clears) a system property until closed. */
    private static AutoCloseable setProperty(String key, String value) {
        String before = System.getProperty(key);
        put(key, value);
        return () -> put(key, before);
    }

    private static void put(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
