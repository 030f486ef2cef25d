package dev.replayharness.capture.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Bundles in a folder: {@code <session>.zip} and {@code <session>.events.json}. Each is written to a temporary
 * sibling, synced, moved into place atomically and the folder synced, so a crash leaves the old file or the new
 * one, never a part of either.
 */
public final class DirectoryStore implements BundleStore {

    static final String BUNDLE = ".zip";
    static final String CONTEXT = ".events.json";

    private final Path folder;

    public DirectoryStore(Path folder) {
        this.folder = folder.toAbsolutePath();
        try {
            Files.createDirectories(this.folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the bundle folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The folder's bundle of a session (there or not). */
    public Path bundle(String sessionId) {
        return folder.resolve(sessionId + BUNDLE);
    }

    @Override
    public Optional<Long> storedAtMillis(String sessionId) {
        try {
            Path bundle = bundle(sessionId);
            return Files.isRegularFile(bundle) ? Optional.of(Files.getLastModifiedTime(bundle).toMillis())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> fetch(String sessionId, Path into) {
        Path bundle = bundle(sessionId);
        if (!Files.isRegularFile(bundle)) {
            return Optional.empty();
        }
        try {
            Path copy = into.resolve(sessionId + "-stored" + BUNDLE);
            Files.copy(bundle, copy, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(copy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stored bundle " + bundle + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String sessionId, Path bundle, Path context) {
        if (context != null) {
            place(context, folder.resolve(sessionId + CONTEXT));
        }
        place(bundle, bundle(sessionId));
    }

    private void place(Path source, Path target) {
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, ".capture-", ".tmp");
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            sync(temp, false);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            sync(folder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // moved into place, or the failure above says why
                }
            }
        }
    }

    /** Syncs a file's content, or a folder's entries (where the platform allows opening a folder). */
    static void sync(Path path, boolean folder) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw e;
            }
        }
    }

    @Override
    public String describe() {
        return folder.toString();
    }
}
