package dev.replayharness.cli;

import dev.replayharness.bundle.BundleRef;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuiteProgressTest {

    private static final List<BundleRef> BUNDLES = List.of(new BundleRef("a/rrweb", List.of(Path.of("a.json"))),
            new BundleRef("b/rrweb", List.of(Path.of("b.json"))));

    private static String drive(boolean terminal) {
        StringWriter text = new StringWriter();
        SuiteProgress progress = new SuiteProgress(new PrintWriter(text), terminal, true);
        progress.planned(BUNDLES);
        progress.bundleStarted(BUNDLES.get(0));
        progress.finish();
        return text.toString();
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlaceAndClearedAtTheEnd() {
        String shown = drive(true);

        assertThat(shown).startsWith("\r[").contains("0/2 bundles, 0 steps  a/rrweb").endsWith("\r\u001b[K")
                .doesNotContain("\n");
    }

    @Test
    void aLogGetsPlainLinesWithoutControlCharacters() {
        String shown = drive(false);

        assertThat(shown).isEqualTo("replaying 2 bundles" + System.lineSeparator() + "a/rrweb" + System.lineSeparator());
    }
}
