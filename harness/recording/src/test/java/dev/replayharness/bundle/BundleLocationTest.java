package dev.replayharness.bundle;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Locations as typed: a URL stays a URL (never a path with its {@code //} collapsed), anything else is a path. */
class BundleLocationTest {

    private final Path base = Path.of("/project");

    @Test
    void aUrlIsRemoteAndKeptAsGiven() {
        BundleLocation prefix = BundleLocation.parse("s3://replays/ci/", base);
        assertThat(prefix).isEqualTo(new BundleLocation.Remote("s3", "s3://replays/ci/"));
        assertThat(((BundleLocation.Remote) prefix).isPrefix()).isTrue();
        assertThat(prefix.describe()).isEqualTo("s3://replays/ci/");
        assertThat(BundleLocation.parse("S3://replays/a.zip")).isEqualTo(new BundleLocation.Remote("s3",
                "S3://replays/a.zip"));
    }

    @Test
    void anythingElseIsAPathFromTheBase() {
        assertThat(BundleLocation.parse("src/test/replays", base))
                .isEqualTo(new BundleLocation.Local(Path.of("/project/src/test/replays")));
        assertThat(BundleLocation.parse("/abs/a.json", base)).isEqualTo(BundleLocation.of(Path.of("/abs/a.json")));
        // a drive letter is one character, not a scheme
        assertThat(BundleLocation.parse("C://bundles")).isInstanceOf(BundleLocation.Local.class);
    }

    @Test
    void aRemoteLocationNeedsItsSchemeAndSomethingAfterIt() {
        assertThatThrownBy(() -> new BundleLocation.Remote("s3", "gs://b/k"))
                .hasMessageContaining("'gs://b/k' is not a s3:// URL");
        assertThatThrownBy(() -> new BundleLocation.Remote("s3", "s3://"))
                .hasMessageContaining("expected s3://WHERE/WHAT");
    }

    @Test
    void aSchemeNothingHereReadsIsNamedWithTheFix() {
        // this module's tests have no fetcher on the class path: replay-s3 brings the one for s3://
        assertThatThrownBy(() -> BundleFinder.findAt(List.of(BundleLocation.parse("s3://replays/ci/"))))
                .isInstanceOf(RemoteLocationException.class)
                .hasMessage("s3://replays/ci/: nothing here reads s3:// locations; add dev.replayharness:replay-s3 "
                        + "to the class path");
        assertThat(RemoteLocations.canFetch("s3")).isFalse();
    }
}
