package dev.replayharness.capture.journal;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.capture.RecordedBodies;
import dev.replayharness.capture.intake.CapturedEvent;
import dev.replayharness.capture.intake.EventReader;
import dev.replayharness.capture.intake.PayloadDecoder;
import dev.replayharness.capture.store.BundleStore;
import dev.replayharness.capture.store.StoreLocation;
import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Settings;
import dev.replayharness.testing.S3ProxyServer;
import dev.replayharness.testing.SharedS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journals' guarantees with the bundles in a bucket (s3proxy in a child process): a session that comes back is
 * merged with its stored bundle, and a journal whose bundle was stored after its last write is not finalised again.
 */
class S3JournalRecoveryTest {

    @RegisterExtension
    static final SharedS3 S3 = new SharedS3("journaled");

    @TempDir
    Path folder;

    private final List<String> log = new ArrayList<>();

    private BundleStore store(String prefix) {
        return new StoreLocation.Bucket(S3Location.parse("s3://journaled/" + prefix + "/"),
                S3Settings.at(S3.server().endpoint(), S3ProxyServer.REGION)).open();
    }

    private SessionJournals journals(BundleStore store) {
        return new SessionJournals(folder.resolve("work"), store, 10, SessionTransform.NONE, log::add);
    }

    private static List<CapturedEvent> events(byte[] body) {
        return new EventReader().read(new PayloadDecoder(100 << 20).decode(body, "text/plain", Map.of()), true);
    }

    private static long eventCount(List<Path> files) {
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults())) {
            return recording.metadata().eventCount();
        }
    }

    @Test
    void aSessionThatComesBackIsMergedWithItsBundleInTheBucket() {
        List<byte[]> bodies = RecordedBodies.of("shop-checkout");
        String session;
        try (BundleStore store = store("merged"); SessionJournals journals = journals(store)) {
            journals.accept(events(bodies.get(0)), 1_000);
            session = journals.openSessions().get(0);
            journals.finaliseAll();
            for (byte[] body : bodies.subList(1, bodies.size())) {
                journals.accept(events(body), 2_000);
            }
            journals.finaliseAll();
        }
        assertThat(eventCount(List.of(S3.server().storedFile("journaled", "merged/" + session + ".zip"))))
                .isEqualTo(eventCount(RecordedBodies.files("shop-checkout")));
    }

    @Test
    void aJournalWhoseBundleWasStoredAfterItsLastWriteIsNotFinalisedAgain() throws IOException {
        String session;
        Path kept = folder.resolve("kept.jsonl");
        Path bundle;
        long stored;
        try (BundleStore store = store("recovered"); SessionJournals journals = journals(store)) {
            journals.accept(events(RecordedBodies.of("shop-modal").get(0)), 1_000);
            session = journals.openSessions().get(0);
            Files.copy(folder.resolve("work/journal/" + session + ".jsonl"), kept);
            journals.finaliseAll();
            bundle = S3.server().storedFile("journaled", "recovered/" + session + ".zip");
            stored = store.storedAtMillis(session).orElseThrow();
        }
        // The kill came between storing the bundle and removing the journal.
        Path journal = folder.resolve("work/journal/" + session + ".jsonl");
        Files.copy(kept, journal);
        Files.setLastModifiedTime(journal, FileTime.fromMillis(stored - 1_000));
        byte[] before = Files.readAllBytes(bundle);

        try (BundleStore store = store("recovered"); SessionJournals journals = journals(store)) {
            assertThat(journals.openSessions()).isEmpty();
        }
        assertThat(journal).doesNotExist();
        assertThat(bundle).hasBinaryContent(before);
        assertThat(log).anyMatch(line -> line.contains("already finalised, its journal removed"));
    }
}
