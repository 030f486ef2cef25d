package dev.replayharness.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling moved into place, so a failed write never leaves half a file. */
final class AtomicReplace {

    /** Writes the temporary file. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Path temp) throws IOException;
    }

    private AtomicReplace() {
    }

    static <T> T write(Path out, String what, Content<T> content) {
        Path temp = null;
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".replay-", ".tmp");
            T result = content.writeTo(temp);
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the " + what + " " + out + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Moved into place, or the write already failed and says so.
                }
            }
        }
    }
}
