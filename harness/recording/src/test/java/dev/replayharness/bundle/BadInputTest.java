package dev.replayharness.bundle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Broken, truncated and hostile input fails with a message naming the file, the place and the problem. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        Path file = write("empty.json", "");

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("the file is empty");
    }

    @Test
    void garbageIsNotMistakenForAFormat() throws IOException {
        Path file = write("garbage.bin", "\u0001\u0002 not a recording at all, sorry");

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("expected a PostHog export")
                .hasMessageContaining("01 02 20 6e");
    }

    @Test
    void truncatedJsonNamesTheByteAndTheEvent() throws IOException {
        byte[] whole = Files.readAllBytes(FixtureRecordings.rrweb("shop-modal"));
        Path file = write("cut.json", Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("(read as rrweb event array)")
                .hasMessageMatching("(?s).*at byte \\d+ \\(line \\d+, column \\d+\\), event \\d+: invalid JSON.*");
    }

    @Test
    void truncatedGzipSaysTheCompressedDataIsTruncated() throws IOException {
        byte[] body = Files.readAllBytes(FixtureRecordings.posthogBodies("shop-checkout").get(0));
        Path file = write("cut.json.gz", Arrays.copyOf(body, body.length - 40));

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("truncated");
    }

    @Test
    void anUnsupportedExportVersionNamesTheSupportedOnes() throws IOException {
        Path file = write("export.json", "{\"version\":\"2021-01-01\",\"data\":{\"snapshots\":[]}}");

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("\"2021-01-01\"")
                .hasMessageContaining("2023-04-28 and 2022-12-02");
    }

    @Test
    void anEventWithoutATimestampIsNamedWithItsIndex() throws IOException {
        Path file = write("events.json", "[{\"type\":4,\"timestamp\":1,\"data\":{}},{\"type\":3,\"data\":{}}]");

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("event 1")
                .hasMessageContaining("expected an rrweb event with a numeric \"type\" and \"timestamp\"")
                .hasMessageContaining("{\"type\":3,\"data\":{}}");
    }

    @Test
    void aMutationReferencingNothingIsStillReadForTheMirrorToJudge() throws IOException {
        Path file = write("orphan.json", "[{\"type\":3,\"timestamp\":5,\"data\":{\"source\":0,\"texts\":[],"
                + "\"attributes\":[],\"removes\":[{\"parentId\":999,\"id\":1000}],\"adds\":[]}}]");

        try (Recording recording = Bundles.open(file)) {
            assertThat(recording.metadata().eventCount()).isEqualTo(1);
            assertThat(recording.metadata().warnings())
                    .contains("1 incremental events come before their window's first full snapshot");
        }
    }

    @Test
    void aRecordingWithNoEventsReadsWithAWarning() throws IOException {
        Path file = write("none.json", "[]");

        try (Recording recording = Bundles.open(file)) {
            assertThat(recording.metadata().eventCount()).isZero();
            assertThat(recording.metadata().warnings()).contains("the recording holds no events");
        }
    }

    @Test
    void absurdNestingIsRefusedByTheParserLimits() throws IOException {
        String deep = "[{\"type\":5,\"timestamp\":1,\"data\":" + "[".repeat(5000) + "]".repeat(5000) + "}]";
        Path file = write("deep.json", deep);

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("nesting depth");
    }

    @Test
    void aGiantStringIsRefusedByTheParserLimits() throws IOException {
        ReadLimits small = ReadLimits.defaults().withJson(2000, 100_000);
        Path file = write("giant.json", "[{\"type\":5,\"timestamp\":1,\"data\":{\"tag\":\"" + "x".repeat(200_000) + "\"}}]");

        assertThatThrownBy(() -> Bundles.open(file, small)).isInstanceOf(BundleException.class)
                .hasMessageContaining("String value length");
    }

    @Test
    void aGzipBombIsRefusedBeforeItExpands() throws IOException {
        // Valid JSON all the way: an array padded with 64 MiB of white space, which gzip shrinks a thousandfold.
        byte[] padded = new byte[64 << 20];
        Arrays.fill(padded, (byte) ' ');
        padded[0] = '[';
        padded[padded.length - 1] = ']';
        Path file = write("bomb.json.gz", gzip(padded));

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void aZipSlipEntryIsRefusedAndNothingIsWritten() throws IOException {
        Path file = dir.resolve("slip.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("owned".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Bundles.open(file)).isInstanceOf(BundleException.class)
                .hasMessageContaining("\"../../evil.txt\" points outside the bundle (zip-slip)");
        assertThat(dir.getParent().getParent().resolve("evil.txt")).doesNotExist();
        assertThat(dir.getParent().resolve("evil.txt")).doesNotExist();
    }

    @Test
    void aZipBombEntryIsRefused() throws IOException {
        Path bundle = dir.resolve("ok.zip");
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb("shop-modal"))) {
            new PortableBundleWriter().write(recording, bundle);
        }
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(("{\"format\":\"replay-bundle\",\"formatVersion\":\"1.0\",\"windows\":[],\"entries\":"
                    + "[{\"path\":\"events/chunk-00000.jsonl.gz\",\"kind\":\"events\",\"size\":1,\"sha256\":\"00\"}]}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("events/chunk-00000.jsonl.gz"));
            zip.write(new byte[200 << 20]);
        }

        assertThatThrownBy(() -> Bundles.open(bomb)).isInstanceOf(BundleException.class)
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void aChecksumMismatchNamesTheEntry() throws IOException {
        Path bundle = dir.resolve("bundle.zip");
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb("shop-modal"))) {
            new PortableBundleWriter().write(recording, bundle);
        }
        byte[] bytes = Files.readAllBytes(bundle);
        // Flip a byte inside the first (stored) chunk's data, well past its local header.
        bytes[120] ^= 0x40;
        Path tampered = write("tampered.zip", bytes);

        assertThatThrownBy(() -> Bundles.open(tampered)).isInstanceOf(BundleException.class)
                .hasMessageContaining(tampered.toString())
                .hasMessageContaining("events/chunk-00000.jsonl.gz");
    }

    @Test
    void aNewerMajorBundleIsRefusedAndANewerMinorRead() throws IOException {
        Path bundle = dir.resolve("bundle.zip");
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb("shop-modal"))) {
            new PortableBundleWriter().write(recording, bundle);
        }
        Path major = BundleFiles.withManifestVersion(bundle, "2.0", dir.resolve("major.zip"));
        Path minor = BundleFiles.withManifestVersion(bundle, "1.7", dir.resolve("minor.zip"));

        assertThatThrownBy(() -> Bundles.open(major)).isInstanceOf(BundleException.class)
                .hasMessageContaining("format version 2.0").hasMessageContaining("upgrade the harness");
        try (Recording recording = Bundles.open(minor)) {
            assertThat(recording.metadata().warnings()).anyMatch(w -> w.contains("1.7, newer than this reader"));
        }
    }
}
