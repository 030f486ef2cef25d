package dev.replayharness.capture.store;

import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Bundles in an S3-compatible bucket under a prefix: {@code <prefix><session>.zip} and
 * {@code <prefix><session>.events.json}, the names {@link DirectoryStore} uses. One PUT is atomic in S3 (an object
 * is visible whole or not at all), so no temporary object is needed for a bundle never to be half there.
 */
public final class S3Store implements BundleStore {

    /**
     * The user metadata holding when this machine stored a bundle: recovery compares it with a journal's last write,
     * which this machine's clock dated too, so a store whose clock runs ahead can never make a newer journal look
     * finalised (and be removed).
     */
    static final String STORED_AT = "replay-stored-at";

    private final S3Objects objects;
    private final S3Location prefix;

    /** Stores under {@code prefix} (a {@code /} is added when missing) through {@code objects}, which it closes. */
    public S3Store(S3Objects objects, S3Location prefix) {
        this.objects = objects;
        this.prefix = prefix.asPrefix();
    }

    /** The bucket's bundle of a session (there or not). */
    public S3Location bundle(String sessionId) {
        return prefix.resolve(sessionId + DirectoryStore.BUNDLE);
    }

    @Override
    public Optional<Long> storedAtMillis(String sessionId) {
        return objects.head(bundle(sessionId)).map(head -> {
            String stored = head.metadata().get(STORED_AT);
            // A bundle stored by another tool has only the store's own date.
            return stored != null && stored.matches("\\d{1,18}") ? Long.parseLong(stored)
                    : head.lastModified().toEpochMilli();
        });
    }

    @Override
    public Optional<Path> fetch(String sessionId, Path folder) {
        return objects.get(bundle(sessionId), folder.resolve(sessionId + "-stored" + DirectoryStore.BUNDLE));
    }

    @Override
    public void put(String sessionId, Path bundle, Path context) {
        if (context != null) {
            objects.put(prefix.resolve(sessionId + DirectoryStore.CONTEXT), context);
        }
        objects.put(bundle(sessionId), bundle, Map.of(STORED_AT, Long.toString(System.currentTimeMillis())));
    }

    @Override
    public String describe() {
        return prefix.toString();
    }

    @Override
    public void close() {
        objects.close();
    }
}
