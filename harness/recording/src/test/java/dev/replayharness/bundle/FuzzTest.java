package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Damages real recordings in every supported format (bit flips, truncation, splices from other files) a bounded
 * number of times with fixed seeds: each outcome is a good read or a {@link BundleException}, never another
 * exception and never a hang.
 */
class FuzzTest {

    private static final int CASES_PER_FILE = 40;
    /** A guard against hangs only: a healthy case takes milliseconds. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private static final List<Path> originals = new ArrayList<>();

    @BeforeAll
    static void prepare() throws IOException {
        originals.add(FixtureRecordings.rrweb("shop-modal"));
        originals.add(FixtureRecordings.posthogBodies("shop-modal").get(0));
        try (Recording recording = Bundles.openAll(FixtureRecordings.posthogBodies("site-guide"), ReadLimits.defaults())) {
            List<Map.Entry<String, JsonNode>> pairs = DerivedFormats.pairs(recording);
            originals.add(DerivedFormats.snappyBlocks(pairs, dir.resolve("blocks.bin")));
            originals.add(DerivedFormats.export2022(pairs, dir.resolve("export.json")));
            originals.add(DerivedFormats.blobV2(pairs, dir.resolve("blob.jsonl")));
            Path bundle = dir.resolve("bundle.zip");
            new PortableBundleWriter(4096).write(recording, bundle);
            originals.add(bundle);
        }
    }

    @TestFactory
    Stream<DynamicTest> damagedRecordingsReadOrFailCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path original : originals) {
            for (int i = 0; i < CASES_PER_FILE; i++) {
                long seed = 1000L * originals.indexOf(original) + i;
                tests.add(DynamicTest.dynamicTest(original.getFileName() + " seed " + seed,
                        () -> assertTimeoutPreemptively(HANG_GUARD, () -> readDamaged(original, seed))));
            }
        }
        return tests.stream();
    }

    private static void readDamaged(Path original, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] bytes = Files.readAllBytes(original);
        byte[] damaged = switch (random.nextInt(3)) {
            case 0 -> flipBits(bytes, random);
            case 1 -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
            default -> splice(bytes, Files.readAllBytes(originals.get(random.nextInt(originals.size()))), random);
        };
        Path file = dir.resolve("damaged-" + seed);
        Files.write(file, damaged);
        try (Recording recording = Bundles.open(file)) {
            RecordingMetadata metadata = recording.metadata();
            long streamed;
            try (EventStream events = recording.events()) {
                streamed = events.stream().count();
            }
            assertThat(streamed).isEqualTo(metadata.eventCount());
        } catch (BundleException expected) {
            assertThat(expected.getMessage()).startsWith(file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] flipBits(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] splice(byte[] bytes, byte[] donor, Random random) {
        int at = random.nextInt(bytes.length);
        int from = random.nextInt(donor.length);
        int length = Math.min(donor.length - from, 1 + random.nextInt(4096));
        byte[] result = new byte[bytes.length + length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(donor, from, result, at, length);
        System.arraycopy(bytes, at, result, at + length, bytes.length - at);
        return result;
    }
}
