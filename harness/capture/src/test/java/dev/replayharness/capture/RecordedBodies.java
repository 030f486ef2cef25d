package dev.replayharness.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The {@code /s/} bodies real posthog-js sent while the fixture journeys were recorded, as sent (gzip). */
public final class RecordedBodies {

    private RecordedBodies() {
    }

    /** The repository's {@code fixtures/bundles}, found from the working folder up. */
    public static Path bundles() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures/bundles"))) {
                return dir.resolve("fixtures/bundles");
            }
        }
        throw new IllegalStateException("no fixtures/bundles above " + Path.of("").toAbsolutePath());
    }

    /** The files of one journey's posthog-js recording, one body each, in the order sent. */
    public static List<Path> files(String journey) {
        try (Stream<Path> files = Files.list(bundles().resolve(journey).resolve("posthog"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("s-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bodies of one journey's posthog-js recording, in the order sent. */
    public static List<byte[]> of(String journey) {
        return files(journey).stream().map(f -> {
            try {
                return Files.readAllBytes(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
