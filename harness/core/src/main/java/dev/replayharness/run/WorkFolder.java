package dev.replayharness.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** A temporary folder for one replay's copies (a HAR, a storage state moved onto the target), deleted with it. */
final class WorkFolder implements AutoCloseable {

    private final Path path;

    WorkFolder() {
        try {
            this.path = Files.createTempDirectory("replay-work");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (var files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
