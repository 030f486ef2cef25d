package dev.replayharness.dom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.FixtureRecordings;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DomMirrorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<String> journeys() {
        return FixtureRecordings.journeys();
    }

    static Recording rrweb(String journey) {
        return Bundles.open(FixtureRecordings.rrweb(journey));
    }

    static Recording posthog(String journey) {
        return Bundles.openAll(FixtureRecordings.posthogBodies(journey), ReadLimits.defaults());
    }

    static List<JsonNode> steps(String journey) {
        return FixtureRecordings.steps(journey);
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void everyCommittedRecordingMirrorsWithoutWarnings(String journey) {
        for (Recording recording : List.of(rrweb(journey), posthog(journey))) {
            try (recording) {
                DomMirror mirror = DomMirror.of(recording);
                assertThat(mirror.warnings()).as(journey + " " + recording.format()).isEmpty();
                PageState end = mirror.end(0);
                assertThat(end.hasDocument()).isTrue();
                assertThat(end.query("body")).hasSize(1);
                assertThat(end.nodeCount()).isGreaterThan(20);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void afterEveryStepTheMirrorShowsThePageTheUserWasOn(String journey) throws IOException {
        try (Recording recording = rrweb(journey)) {
            DomMirror mirror = DomMirror.of(recording);
            for (JsonNode step : steps(journey)) {
                PageState page = mirror.at(step.get("settledAt").asLong(), 0);
                String url = step.get("url").asText();
                if (journey.startsWith("site-")) {
                    assertThat(page.url()).as("step %s", step.get("index")).isEqualTo(url.replaceFirst("#.*", ""));
                }
                assertThat(page.viewportWidth()).isEqualTo(step.get("viewportWidth").asInt());
                assertThat(page.scrollY()).as("scroll after step %s", step.get("index"))
                        .isCloseTo(step.get("scrollY").asDouble(), org.assertj.core.data.Offset.offset(2.0));
            }
        }
    }

    @Test
    void inputsAndTextFollowTheJourney() throws IOException {
        List<JsonNode> steps = steps("shop-checkout");
        try (Recording recording = rrweb("shop-checkout")) {
            DomMirror mirror = DomMirror.of(recording);
            PageState typedName = mirror.at(steps.get(7).get("settledAt").asLong(), 0);
            PageState typedPassword = mirror.at(steps.get(9).get("settledAt").asLong(), 0);
            PageState ordered = mirror.end(0);

            assertThat(typedName.queryUnique("#full-name")).get().extracting(DomNode::value).isEqualTo("Ada Lovelace");
            assertThat(typedPassword.queryUnique("#password")).get().extracting(DomNode::value).asString()
                    .matches("\\*+");
            assertThat(typedPassword.queryUnique("input[value=express]")).get().extracting(DomNode::checked)
                    .isNotEqualTo(Boolean.TRUE);
            assertThat(ordered.textContent(ordered.query("main").get(0).id())).contains("Thank you!")
                    .containsPattern("LG-[0-9A-F]{8}");
        }
    }

    @Test
    void seekingThroughCheckpointsGivesTheSamePageAsApplyingEverything() {
        try (Recording recording = rrweb("site-browse")) {
            DomMirror mirror = DomMirror.of(recording);
            List<RecordedEvent> events = new ArrayList<>();
            try (EventStream stream = recording.events()) {
                stream.forEachRemaining(events::add);
            }
            long[] span = mirror.span(0);
            Random random = new Random(3);
            for (int i = 0; i < 25; i++) {
                long t = span[0] + (long) (random.nextDouble() * (span[1] - span[0]));
                DocumentState scratch = new DocumentState();
                events.stream().filter(e -> e.timestamp() <= t).forEach(e -> scratch.apply(e, message -> { }));
                assertThat(mirror.at(t, 0).html()).isEqualTo(new PageState(scratch, null).html());
            }
        }
    }

    @Test
    void damagedMutationsBecomeWarningsAndTheRestIsApplied() throws IOException {
        List<String> lines = new ArrayList<>();
        JSON.readTree(FixtureRecordings.rrweb("shop-modal").toFile()).forEach(e -> lines.add(e.toString()));
        long t = JSON.readTree(lines.get(lines.size() - 1)).get("timestamp").asLong();
        lines.add("{\"type\":3,\"timestamp\":" + (t + 1) + ",\"data\":{\"source\":0,\"texts\":[{\"id\":99999,\"value\":\"x\"}],"
                + "\"attributes\":[],\"removes\":[{\"parentId\":5,\"id\":88888}],\"adds\":[{\"parentId\":77777,\"nextId\":null,"
                + "\"node\":{\"type\":3,\"id\":66666,\"textContent\":\"orphan\"}}]}}");
        lines.add("{\"type\":3,\"timestamp\":" + (t + 2) + ",\"data\":{\"source\":3,\"id\":1,\"x\":0,\"y\":42}}");
        Path file = Files.write(dir.resolve("damaged.jsonl"), lines);

        try (Recording recording = Bundles.open(file)) {
            DomMirror mirror = DomMirror.of(recording);

            assertThat(mirror.warnings()).extracting(MirrorWarning::message).containsExactly(
                    "remove of node 88888 from 5: no such node",
                    "add of node 66666 under 77777: no such parent",
                    "text change of node 99999: no such node");
            assertThat(mirror.warnings().get(0).eventIndex()).isEqualTo(lines.size() - 2);
            assertThat(mirror.end(0).scrollY()).isEqualTo(42);
        }
    }
}
