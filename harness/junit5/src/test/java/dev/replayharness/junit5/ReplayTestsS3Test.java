package dev.replayharness.junit5;

import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;
import dev.replayharness.testing.S3ProxyServer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ReplayTests.bundles("s3://bucket/prefix/")} against a real S3-compatible server (s3proxy in a child
 * process): a container per recording under the prefix, named by its URL. Building the tests needs no browser;
 * running them would.
 */
class ReplayTestsS3Test {

    @TempDir
    Path folder;

    @Test
    void aPrefixGivesATestContainerPerRecordingNamedByUrl() throws Exception {
        try (S3ProxyServer server = S3ProxyServer.start(folder).createBucket("replays");
             AutoCloseable pointedAtServer = server.useAsDefault()) {
            Path bundles = Path.of(System.getProperty("replay.projectRoot", "../..")).resolve("fixtures/bundles");
            try (S3Objects objects = S3Objects.fromEnvironment()) {
                objects.put(S3Location.parse("s3://replays/ci/shop-checkout/rrweb/events.json"),
                        bundles.resolve("shop-checkout/rrweb/events.json"));
                objects.put(S3Location.parse("s3://replays/ci/site-contact/rrweb/events.json"),
                        bundles.resolve("site-contact/rrweb/events.json"));
            }

            List<String> names;
            try (Stream<DynamicNode> tests = ReplayTests.bundles("s3://replays/ci/").against("http://127.0.0.1:1/")
                    .stream()) {
                names = tests.map(DynamicNode::getDisplayName).toList();
            }

            assertThat(names).hasSize(2);
            assertThat(names.get(0)).startsWith("s3://replays/ci/shop-checkout/rrweb");
            assertThat(names.get(1)).startsWith("s3://replays/ci/site-contact/rrweb");
        }
    }
}
