package dev.replayharness.capture.journal;

import java.io.IOException;

/**
 * What a finalised session goes through before it is stored: the place redaction attaches, so that what it removes
 * never reaches the store. Journals before it hold what was sent, unchanged; the work folder is to be kept private.
 */
@FunctionalInterface
public interface SessionTransform {

    /** Stores sessions as they were sent. */
    SessionTransform NONE = session -> session;

    /**
     * The session to store: {@code session} itself, or files written beside its own in the same work folder
     * (removed with them once stored). Failing keeps the journal: the finalisation is tried again later.
     */
    FinalisedSession apply(FinalisedSession session) throws IOException;
}
