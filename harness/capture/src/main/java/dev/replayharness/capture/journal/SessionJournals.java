package dev.replayharness.capture.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.PortableBundleWriter;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.capture.intake.CapturedEvent;
import dev.replayharness.capture.intake.Refusal;
import dev.replayharness.capture.store.BundleStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The open sessions' journals under a work folder, and their finalisation into bundles. Opened on a folder that a
 * killed server left, it finalises nothing twice: a journal whose bundle was stored after its last write was
 * finalised already (the kill came before its removal) and is removed; every other journal is an open session again.
 */
public final class SessionJournals implements AutoCloseable {

    private static final String JOURNAL = ".jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path journals;
    private final Path work;
    private final BundleStore store;
    private final int maxOpenSessions;
    private final SessionTransform transform;
    private final Consumer<String> log;
    private final Map<String, SessionJournal> open = new LinkedHashMap<>();

    /**
     * @param folder          the work folder: {@code journal/} and {@code work/} are kept under it
     * @param maxOpenSessions sessions journaled at once; a new one beyond it is refused (503, retried by posthog-js)
     * @param transform       what a finalised session goes through before it is stored
     * @param log             where a finalisation is told, a line each
     */
    public SessionJournals(Path folder, BundleStore store, int maxOpenSessions, SessionTransform transform,
                           Consumer<String> log) {
        this.journals = folder.resolve("journal");
        this.work = folder.resolve("work");
        this.store = store;
        this.maxOpenSessions = maxOpenSessions;
        this.transform = transform;
        this.log = log;
        try {
            Files.createDirectories(journals);
            Files.createDirectories(work);
            try (Stream<Path> files = Files.list(journals)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(JOURNAL)).sorted().toList()) {
                    recover(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the capture folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private void recover(Path file) throws IOException {
        String name = file.getFileName().toString();
        String sessionId = name.substring(0, name.length() - JOURNAL.length());
        long written = Files.getLastModifiedTime(file).toMillis();
        if (store.storedAtMillis(sessionId).filter(stored -> stored >= written).isPresent()) {
            Files.delete(file); // finalised just before a kill: the bundle holds it all
            log.accept("session " + sessionId + ": already finalised, its journal removed");
            return;
        }
        SessionJournal journal = SessionJournal.open(sessionId, file);
        open.put(sessionId, journal);
        log.accept("session " + sessionId + ": " + journal.size() + " events recovered from its journal");
    }

    /**
     * Journals the events, each in its session's journal, synced before this returns.
     *
     * @return how many were new (the others were retries)
     * @throws Refusal 503 when a new session would pass the open-session cap
     */
    public int accept(List<CapturedEvent> events, long nowMillis) {
        Map<String, List<CapturedEvent>> bySession = events.stream()
                .collect(Collectors.groupingBy(CapturedEvent::sessionId, LinkedHashMap::new, Collectors.toList()));
        int added = 0;
        for (Map.Entry<String, List<CapturedEvent>> session : bySession.entrySet()) {
            added += journal(session.getKey()).append(session.getValue(), nowMillis);
        }
        return added;
    }

    private synchronized SessionJournal journal(String sessionId) {
        SessionJournal journal = open.get(sessionId);
        if (journal == null) {
            if (open.size() >= maxOpenSessions) {
                throw new Refusal(503, "too many open sessions (" + maxOpenSessions + "); retry once some are "
                        + "finalised");
            }
            journal = SessionJournal.open(sessionId, journals.resolve(sessionId + JOURNAL));
            open.put(sessionId, journal);
        }
        return journal;
    }

    /** The sessions open now. */
    public synchronized List<String> openSessions() {
        return List.copyOf(open.keySet());
    }

    /** Finalises every session idle for {@code idle}; the ones finalised. */
    public List<String> finaliseIdle(Duration idle, long nowMillis) {
        List<SessionJournal> due;
        synchronized (this) {
            due = open.values().stream().filter(j -> nowMillis - j.lastAppendMillis() >= idle.toMillis()).toList();
        }
        List<String> done = new ArrayList<>();
        for (SessionJournal journal : due) {
            finalise(journal);
            done.add(journal.sessionId());
        }
        return done;
    }

    /** Finalises every open session now (an explicit end, or the server stopping). */
    public List<String> finaliseAll() {
        return finaliseIdle(Duration.ZERO, Long.MAX_VALUE);
    }

    /**
     * One bundle of the session's snapshots (merged with the stored one when the session came back after being
     * finalised), its other events beside it; then the journal goes.
     */
    private void finalise(SessionJournal journal) {
        String sessionId = journal.sessionId();
        synchronized (journal) {
            SessionJournal.Contents contents = journal.contents();
            Path snapshots = work.resolve(sessionId + "-snapshots.json");
            Path bundle = work.resolve(sessionId + ".zip");
            Path context = work.resolve(sessionId + ".events.json");
            List<Path> temporary = new ArrayList<>(List.of(snapshots, bundle, context));
            try {
                if (!contents.snapshots().isEmpty()) {
                    JSON.writeValue(snapshots.toFile(), contents.snapshots());
                    List<Path> inputs = new ArrayList<>();
                    store.fetch(sessionId, work).ifPresent(stored -> {
                        inputs.add(stored);
                        temporary.add(stored);
                    });
                    inputs.add(snapshots);
                    try (Recording recording = Bundles.openAll(inputs, ReadLimits.defaults())) {
                        new PortableBundleWriter().write(recording, bundle);
                    }
                    if (!contents.context().isEmpty()) {
                        JSON.writeValue(context.toFile(), contents.context());
                    }
                    FinalisedSession stored = transform.apply(new FinalisedSession(sessionId, bundle,
                            contents.context().isEmpty() ? null : context));
                    temporary.add(stored.bundle());
                    if (stored.context() != null) {
                        temporary.add(stored.context());
                    }
                    store.put(sessionId, stored.bundle(), stored.context());
                    log.accept("session " + sessionId + ": " + contents.snapshots().size() + " snapshot batches and "
                            + contents.context().size() + " events finalised into " + store.describe());
                } else {
                    log.accept("session " + sessionId + ": no recording, " + contents.context().size()
                            + " events dropped");
                }
                journal.close();
                Files.delete(journal.file());
                synchronized (this) {
                    open.remove(sessionId);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot finalise session " + sessionId + ": " + e.getMessage(), e);
            } finally {
                for (Path file : temporary) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // a temporary file left in the work folder; the next finalisation replaces it
                    }
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        open.values().forEach(SessionJournal::close);
        open.clear();
    }
}
