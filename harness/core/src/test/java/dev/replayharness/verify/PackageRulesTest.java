package dev.replayharness.verify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages keep to what they own: the pixel engine imports nothing of the project, and the judges import no
 * browser and no app (they judge data handed to them by {@code verify}).
 */
class PackageRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/replayharness");

    @ParameterizedTest(name = "{0} imports nothing matching {1}")
    @CsvSource({
            "image, ^import (static )?dev\\.replayharness\\.",
            "compare, ^import (static )?(com\\.microsoft\\.playwright|dev\\.replayharness\\.(browser|targets|verify))",
    })
    void aPackageImportsNothingItMustNotKnow(String pkg, String forbidden) throws IOException {
        Pattern rule = Pattern.compile(forbidden);
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            sources = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("sources of %s", pkg).hasSizeGreaterThan(1);
        List<String> offending = sources.stream().flatMap(file -> lines(file).stream()
                .filter(line -> rule.matcher(line).find()).map(line -> file.getFileName() + ": " + line)).toList();
        assertThat(offending).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
