package dev.replayharness.bundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundleFinderTest {

    private static final Path FIXTURES = Path.of(System.getProperty("replay.projectRoot", "../.."))
            .resolve("fixtures/bundles");

    @TempDir
    Path dir;

    @Test
    void findsEveryCommittedRecordingByContentAndPassesOverTheFilesBesideThem() throws IOException {
        List<BundleRef> found = BundleFinder.find(List.of(FIXTURES));

        long journeys;
        try (var listing = Files.list(FIXTURES)) {
            journeys = listing.filter(Files::isDirectory).count();
        }
        assertThat(found).hasSize((int) journeys * 2);
        assertThat(found).extracting(BundleRef::name).contains("bundles/shop-checkout/rrweb", "bundles/shop-checkout/posthog")
                .doesNotHaveDuplicates();
        BundleRef blobs = found.stream().filter(b -> b.name().equals("bundles/shop-checkout/posthog")).findFirst().orElseThrow();
        assertThat(blobs.files()).extracting(f -> f.getFileName().toString())
                .allMatch(name -> name.startsWith("s-")).hasSizeGreaterThan(1);
        assertThat(found).flatExtracting(BundleRef::files).extracting(f -> f.getFileName().toString())
                .doesNotContain("steps.json", "journey.json", "requests.json");
    }

    @Test
    void goldenImageFoldersAndHiddenFoldersAreNotSearchedAndAGivenFileIsTakenAsIs() throws IOException {
        Path events = FIXTURES.resolve("site-guide/rrweb/events.json");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("a.json-snapshots"));
        Files.createDirectories(dir.resolve(".cache"));
        Files.copy(events, dir.resolve("a/one.json"));
        Files.copy(events, dir.resolve("a/two.json"));
        Files.copy(events, dir.resolve("a.json-snapshots/copy.json"));
        Files.copy(events, dir.resolve(".cache/copy.json"));
        Files.writeString(dir.resolve("a/notes.json"), "{\"not\": \"a recording\"}");
        Path garbage = Files.writeString(dir.resolve("garbage.bin"), "not json at all");

        List<BundleRef> found = BundleFinder.find(List.of(dir, garbage));

        String root = dir.getFileName().toString();
        assertThat(found).extracting(BundleRef::name)
                .containsExactly(root + "/a/one.json", root + "/a/two.json", "garbage.bin");
    }

    @Test
    void theSameNameTwiceGetsACounter() {
        Path events = FIXTURES.resolve("site-guide/rrweb/events.json");

        assertThat(BundleFinder.find(List.of(events, events))).extracting(BundleRef::name)
                .containsExactly("events.json", "events.json#2");
    }
}
