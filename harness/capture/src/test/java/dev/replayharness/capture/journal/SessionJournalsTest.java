package dev.replayharness.capture.journal;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.bundle.RecordingMetadata;
import dev.replayharness.capture.RecordedBodies;
import dev.replayharness.capture.intake.CapturedEvent;
import dev.replayharness.capture.intake.EventReader;
import dev.replayharness.capture.intake.PayloadDecoder;
import dev.replayharness.capture.intake.Refusal;
import dev.replayharness.capture.store.DirectoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Journals of real posthog-js bodies: retries kept once, a torn write cut off on reopening, idle sessions finalised
 * into bundles that read as the bodies read directly, and a finalisation cut short by a kill never repeated.
 */
class SessionJournalsTest {

    @TempDir
    Path folder;

    private final List<String> log = new ArrayList<>();

    private static List<CapturedEvent> events(byte[] body) {
        return new EventReader().read(new PayloadDecoder(100 << 20).decode(body, "text/plain", Map.of()), true);
    }

    private SessionJournals journals(DirectoryStore store) {
        return new SessionJournals(folder.resolve("work"), store, 10, SessionTransform.NONE, log::add);
    }

    private static RecordingMetadata read(List<Path> files) {
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            return recording.metadata();
        }
    }

    @Test
    void retriesAreKeptOnceAndTheFinalisedBundleReadsAsTheBodiesDo() throws IOException {
        DirectoryStore store = new DirectoryStore(folder.resolve("bundles"));
        List<byte[]> bodies = RecordedBodies.of("shop-checkout");
        String session;
        try (SessionJournals journals = journals(store)) {
            int added = 0;
            for (byte[] body : bodies) {
                added += journals.accept(events(body), 1_000);
            }
            int again = journals.accept(events(bodies.get(0)), 2_000);
            session = journals.openSessions().get(0);

            assertThat(again).as("a retried body adds nothing").isZero();
            assertThat(added).isPositive();
            assertThat(journals.finaliseIdle(Duration.ofSeconds(30), 20_000)).as("not idle yet").isEmpty();
            assertThat(journals.finaliseIdle(Duration.ofSeconds(30), 40_000)).containsExactly(session);
            assertThat(journals.openSessions()).isEmpty();
        }

        RecordingMetadata captured = read(List.of(store.bundle(session)));
        RecordingMetadata direct = read(RecordedBodies.files("shop-checkout"));
        assertThat(captured.eventCount()).isEqualTo(direct.eventCount()).isPositive();
        assertThat(captured.start()).isEqualTo(direct.start());
        assertThat(captured.end()).isEqualTo(direct.end());
        assertThat(captured.sessionId()).isEqualTo(session);
        assertThat(Files.list(folder.resolve("work/journal"))).as("the journal is gone").isEmpty();
    }

    @Test
    void aTornWriteIsCutOffOnReopeningAndEveryAcknowledgedEventIsKept() throws IOException {
        DirectoryStore store = new DirectoryStore(folder.resolve("bundles"));
        List<byte[]> bodies = RecordedBodies.of("shop-add-to-cart");
        String session;
        try (SessionJournals journals = journals(store)) {
            journals.accept(events(bodies.get(0)), 1_000);
            session = journals.openSessions().get(0);
        }
        Path journal = folder.resolve("work/journal/" + session + ".jsonl");
        Files.write(journal, "{\"id\":\"half-writ".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        try (SessionJournals journals = journals(store)) {
            assertThat(journals.openSessions()).containsExactly(session);
            assertThat(journals.accept(events(bodies.get(0)), 2_000)).as("already journaled before the kill").isZero();
            assertThat(journals.accept(events(bodies.get(1)), 2_000)).isPositive();
            journals.finaliseAll();
        }
        assertThat(read(List.of(store.bundle(session))).eventCount())
                .isEqualTo(read(RecordedBodies.files("shop-add-to-cart")).eventCount());
        assertThat(log).anyMatch(line -> line.contains("events recovered from its journal"));
    }

    @Test
    void aJournalWhoseBundleWasStoredAfterItsLastWriteIsNotFinalisedAgain() throws IOException {
        DirectoryStore store = new DirectoryStore(folder.resolve("bundles"));
        String session;
        Path kept = folder.resolve("kept.jsonl");
        try (SessionJournals journals = journals(store)) {
            journals.accept(events(RecordedBodies.of("shop-modal").get(0)), 1_000);
            session = journals.openSessions().get(0);
            Files.copy(folder.resolve("work/journal/" + session + ".jsonl"), kept);
            journals.finaliseAll();
        }
        // The kill came between storing the bundle and removing the journal.
        Path journal = folder.resolve("work/journal/" + session + ".jsonl");
        Files.copy(kept, journal);
        Files.setLastModifiedTime(journal, FileTime.fromMillis(
                Files.getLastModifiedTime(store.bundle(session)).toMillis() - 1_000));
        long stored = Files.getLastModifiedTime(store.bundle(session)).toMillis();

        try (SessionJournals journals = journals(store)) {
            assertThat(journals.openSessions()).isEmpty();
        }
        assertThat(journal).doesNotExist();
        assertThat(Files.getLastModifiedTime(store.bundle(session)).toMillis()).isEqualTo(stored);
        assertThat(log).anyMatch(line -> line.contains("already finalised, its journal removed"));
    }

    @Test
    void aNewSessionBeyondTheCapIsRefusedWith503() {
        try (SessionJournals journals = new SessionJournals(folder.resolve("work"),
                new DirectoryStore(folder.resolve("bundles")), 1, SessionTransform.NONE, log::add)) {
            journals.accept(events(RecordedBodies.of("shop-modal").get(0)), 1_000);
            List<CapturedEvent> other = events(RecordedBodies.of("shop-resize").get(0));

            assertThatThrownBy(() -> journals.accept(other, 1_000)).isInstanceOfSatisfying(Refusal.class,
                    r -> assertThat(r.status()).isEqualTo(503)).hasMessageContaining("too many open sessions (1)");
        }
    }

    @Test
    void aTransformDecidesWhatIsStoredAndOneThatFailsKeepsTheJournalForTheNextTry() throws IOException {
        DirectoryStore store = new DirectoryStore(folder.resolve("bundles"));
        List<CapturedEvent> events = events(RecordedBodies.of("shop-modal").get(0));
        String session = events.get(0).sessionId();
        SessionTransform failing = finalised -> {
            throw new IOException("the rules file cannot be read");
        };
        try (SessionJournals journals = new SessionJournals(folder.resolve("work"), store, 10, failing, log::add)) {
            journals.accept(events, 1_000);
            assertThatThrownBy(journals::finaliseAll).hasMessageContaining("the rules file cannot be read");
        }
        assertThat(store.bundle(session)).doesNotExist();
        assertThat(folder.resolve("work/journal/" + session + ".jsonl")).exists();

        List<FinalisedSession> seen = new ArrayList<>();
        SessionTransform emptiedContext = finalised -> {
            seen.add(finalised);
            Path context = Files.writeString(finalised.bundle().resolveSibling("redacted.events.json"), "[]");
            return new FinalisedSession(finalised.sessionId(), finalised.bundle(), context);
        };
        try (SessionJournals journals = new SessionJournals(folder.resolve("work"), store, 10, emptiedContext,
                log::add)) {
            assertThat(journals.finaliseAll()).containsExactly(session);
        }
        assertThat(seen).extracting(FinalisedSession::sessionId).containsExactly(session);
        assertThat(folder.resolve("bundles/" + session + ".events.json")).hasContent("[]");
        assertThat(read(List.of(store.bundle(session))).eventCount()).isPositive();
        try (var left = Files.list(folder.resolve("work/work"))) {
            assertThat(left).as("the transform's files are removed with the finalisation's").isEmpty();
        }
    }
}
