package dev.replayharness.capture.store;

import java.nio.file.Path;
import java.util.Optional;

/** Where finalised sessions go: one portable bundle per session, named by its session id. */
public interface BundleStore extends AutoCloseable {

    /** When the bundle of {@code sessionId} was stored, in epoch millis, if it is there. */
    Optional<Long> storedAtMillis(String sessionId);

    /** Copies the stored bundle of {@code sessionId} into {@code folder}, if there is one (a session resumed). */
    Optional<Path> fetch(String sessionId, Path folder);

    /**
     * Stores a session's bundle and, when not null, its context events (a JSON array), replacing what was there.
     * The bundle appears whole or not at all; the context is stored first, so a stored bundle has its context.
     */
    void put(String sessionId, Path bundle, Path context);

    /** "DIR" or "s3://bucket/prefix/", for people. */
    String describe();

    /** Lets go of what the store holds open (a client's connections); a folder holds nothing. */
    @Override
    default void close() {
    }
}
