package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.event.FullSnapshot;
import dev.replayharness.event.Incremental;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every supported format reads, from real recordings, to the same ordered events. */
class ReadFormatsTest {

    @TempDir
    Path dir;

    static List<String> journeys() {
        return FixtureRecordings.journeys();
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void rrwebArraysReadInFullAndInOrder(String journey) throws IOException {
        JsonNode original = FixtureRecordings.JSON.readTree(FixtureRecordings.rrweb(journey).toFile());

        try (Recording recording = Bundles.open(FixtureRecordings.rrweb(journey))) {
            assertThat(recording.format()).isEqualTo(SourceFormat.RRWEB_JSON);
            assertThat(FixtureRecordings.raw(recording)).hasSize(original.size())
                    .extracting(e -> e.get("timestamp").asLong()).isSorted();
            assertThat(recording.metadata().windows()).singleElement()
                    .satisfies(w -> assertThat(w.sourceId()).isNull());
        }
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void posthogCapturePayloadsReadDecompressedAsOneSession(String journey) {
        try (Recording recording = Bundles.openAll(FixtureRecordings.posthogBodies(journey), ReadLimits.defaults())) {
            RecordingMetadata metadata = recording.metadata();

            assertThat(recording.format()).isEqualTo(SourceFormat.POSTHOG_CAPTURE);
            assertThat(metadata.sessionId()).isNotBlank();
            assertThat(metadata.windows()).isNotEmpty().allSatisfy(w -> assertThat(w.sourceId()).isNotBlank());
            assertThat(FixtureRecordings.raw(recording)).noneMatch(e -> e.has("cv"))
                    .extracting(e -> e.get("timestamp").asLong()).isSorted();
            try (EventStream events = recording.events()) {
                FullSnapshot snapshot = (FullSnapshot) events.stream().map(RecordedEvent::event)
                        .filter(e -> e instanceof FullSnapshot).findFirst().orElseThrow();
                assertThat(snapshot.node()).isPresent();
            }
        }
    }

    @Test
    void everyPosthogFormatReadsToTheSameEvents() throws IOException {
        String journey = "site-browse";
        try (Recording capture = Bundles.openAll(FixtureRecordings.posthogBodies(journey), ReadLimits.defaults())) {
            List<Map.Entry<String, JsonNode>> pairs = DerivedFormats.pairs(capture);
            List<String> expected = FixtureRecordings.events(capture);
            String session = capture.sessionId().orElseThrow();

            Map<SourceFormat, Path> files = Map.of(
                    SourceFormat.POSTHOG_BLOB_V2, DerivedFormats.blobV2(pairs, dir.resolve("a")),
                    SourceFormat.POSTHOG_LEGACY_BLOB, DerivedFormats.legacyBlob(pairs, dir.resolve("b")),
                    SourceFormat.POSTHOG_SNAPPY_BLOCKS, DerivedFormats.snappyBlocks(pairs, dir.resolve("c")),
                    SourceFormat.POSTHOG_EXPORT_2022, DerivedFormats.export2022(pairs, dir.resolve("d")));
            for (Map.Entry<SourceFormat, Path> file : files.entrySet()) {
                try (Recording read = Bundles.open(file.getValue())) {
                    assertThat(read.format()).as(file.getKey().name()).isEqualTo(file.getKey());
                    assertThat(FixtureRecordings.events(read)).as(file.getKey().name()).isEqualTo(expected);
                }
            }
            Path export = DerivedFormats.export2023WithSeq(session, pairs, dir.resolve("e"));
            try (Recording read = Bundles.open(export)) {
                assertThat(read.format()).isEqualTo(SourceFormat.POSTHOG_EXPORT_2023);
                assertThat(read.sessionId()).contains(session);
                List<JsonNode> events = FixtureRecordings.raw(read);
                assertThat(events).allSatisfy(e -> assertThat(e.has("seq")).as("unknown fields are kept").isTrue());
                events.forEach(e -> ((ObjectNode) e).remove("seq"));
                assertThat(events.stream().map(JsonNode::toString).toList())
                        .isEqualTo(FixtureRecordings.raw(capture).stream().map(JsonNode::toString).toList());
            }
        }
    }

    @Test
    void gzipAndJsonLinesAreDetectedFromContentNotNames() throws IOException {
        Path source = FixtureRecordings.rrweb("shop-modal");
        Path gzipped = DerivedFormats.gzip(source, dir.resolve("recording.txt"));
        Path lines = dir.resolve("events.json");
        List<String> jsonLines = FixtureRecordings.JSON.readTree(source.toFile()).valueStream()
                .map(JsonNode::toString).toList();
        Files.write(lines, jsonLines);

        try (Recording original = Bundles.open(source); Recording fromGzip = Bundles.open(gzipped);
             Recording fromLines = Bundles.open(lines)) {
            assertThat(fromGzip.format()).isEqualTo(SourceFormat.RRWEB_JSON);
            assertThat(fromLines.format()).isEqualTo(SourceFormat.RRWEB_JSONL);
            assertThat(FixtureRecordings.events(fromGzip)).isEqualTo(FixtureRecordings.events(original));
            assertThat(FixtureRecordings.events(fromLines)).isEqualTo(FixtureRecordings.events(original));
        }
    }

    @Test
    void shuffledAndDuplicatedEventsComeOutOrderedAndOnce() throws IOException {
        Path source = FixtureRecordings.rrweb("shop-checkout");
        List<String> lines = new java.util.ArrayList<>(FixtureRecordings.JSON.readTree(source.toFile()).valueStream()
                .map(JsonNode::toString).toList());
        List<String> messy = new java.util.ArrayList<>(lines);
        messy.addAll(lines.subList(10, 40));
        Collections.shuffle(messy, new java.util.Random(7));
        Files.write(dir.resolve("messy.jsonl"), messy);

        try (Recording original = Bundles.open(source);
             Recording read = Bundles.open(dir.resolve("messy.jsonl"))) {
            List<JsonNode> events = FixtureRecordings.raw(read);
            assertThat(events).extracting(e -> e.get("timestamp").asLong()).isSorted();
            assertThat(events.stream().map(JsonNode::toString).sorted().toList())
                    .isEqualTo(FixtureRecordings.raw(original).stream().map(JsonNode::toString).sorted().toList());
            assertThat(read.metadata().duplicatesDropped()).isEqualTo(30);
            assertThat(read.metadata().warnings()).contains("30 exact duplicate events dropped");
        }
    }

    @Test
    void largeOrderedInputIsReadAgainOnEachPassInsteadOfKept() throws IOException {
        List<String> lines = FixtureRecordings.JSON.readTree(FixtureRecordings.rrweb("site-browse").toFile())
                .valueStream().map(JsonNode::toString).toList();
        List<String> withDuplicates = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            withDuplicates.add(lines.get(i));
            if (i % 10 == 0) {
                withDuplicates.add(lines.get(i));
            }
        }
        Path file = Files.write(dir.resolve("ordered.jsonl"), withDuplicates);
        ReadLimits tiny = ReadLimits.defaults().withSortMemoryBytes(8 * 1024);

        try (Recording kept = Bundles.open(file); Recording reread = Bundles.open(file, tiny)) {
            assertThat(FixtureRecordings.events(reread)).isEqualTo(FixtureRecordings.events(kept))
                    .hasSize(lines.size());
            assertThat(reread.metadata()).usingRecursiveComparison().isEqualTo(kept.metadata());
            assertThat(reread.metadata().duplicatesDropped()).isEqualTo((lines.size() + 9) / 10);
        }
    }

    @Test
    void largeUnorderedInputSpillsSortedRunsToDiskAndMergesThem() throws IOException {
        List<String> lines = new java.util.ArrayList<>(FixtureRecordings.JSON.readTree(
                FixtureRecordings.rrweb("site-browse").toFile()).valueStream().map(JsonNode::toString).toList());
        // Out of order only near the end: the loader has stopped keeping events by then and must start over.
        Collections.swap(lines, lines.size() - 2, lines.size() - 30);
        Path file = Files.write(dir.resolve("late-disorder.jsonl"), lines);
        ReadLimits tiny = ReadLimits.defaults().withSortMemoryBytes(8 * 1024);

        try (Recording inMemory = Bundles.open(file); Recording spilled = Bundles.open(file, tiny)) {
            assertThat(FixtureRecordings.raw(spilled)).extracting(e -> e.get("timestamp").asLong()).isSorted();
            assertThat(FixtureRecordings.events(spilled)).isEqualTo(FixtureRecordings.events(inMemory));
            assertThat(spilled.metadata()).usingRecursiveComparison().isEqualTo(inMemory.metadata());
        }
    }

    @Test
    void progressIsReportedUpToTheWholeFile() throws IOException {
        Path big = dir.resolve("big.jsonl");
        List<String> lines = FixtureRecordings.JSON.readTree(FixtureRecordings.rrweb("site-browse").toFile())
                .valueStream().map(JsonNode::toString).toList();
        Files.write(big, lines);
        for (int i = 0; i < 4; i++) {
            Files.write(big, lines, java.nio.file.StandardOpenOption.APPEND);
        }
        List<Long> reported = new java.util.ArrayList<>();

        try (Recording recording = Bundles.openAll(List.of(big), ReadLimits.defaults(),
                (file, read, size) -> reported.add(read))) {
            assertThat(recording.metadata().duplicatesDropped()).isEqualTo(4L * lines.size());
        }
        assertThat(reported).hasSizeGreaterThan(1).isSorted().last().isEqualTo(Files.size(big));
    }

    @Test
    void theTypedModelCoversTheRecordedEvents() {
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb("shop-checkout"));
             EventStream events = recording.events()) {
            assertThat(events.stream().map(RecordedEvent::event).filter(e -> e instanceof Incremental)
                    .map(e -> ((Incremental) e).data().getClass().getSimpleName()).distinct().toList())
                    .contains("MutationData", "MouseInteractionData", "InputData", "MouseMoveData");
        }
    }
}
