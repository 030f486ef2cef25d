package dev.replayharness.junit5;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.targets.UrlTarget;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.verify.RegressionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import static dev.replayharness.junit5.Problem.consoleError;
import static dev.replayharness.junit5.ReplayAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A user reported "Add to cart does nothing" and their session was recorded (on the build with the bug). The
 * recording becomes a test: it reproduces the TypeError on the broken build and not on the fixed one.
 */
@BrowserTest
class BugReproductionExampleTest {

    @TempDir
    Path out;

    private ReplayReport replay(String build) throws IOException {
        Path recordingFile = FixtureBuilds.bundles().resolve("shop-add-to-cart-bug/rrweb/events.json");
        try (BrowserSession session = BrowserSession.launch();
             Recording recording = Bundles.open(recordingFile);
             FixtureServer app = FixtureServer.start(FixtureBuilds.build("shop", build))) {
            return new RegressionCheck(session, ReplayOptions.defaults().withOutputDir(out.resolve(build)),
                    CompareOptions.defaults()).check("shop-add-to-cart-bug", recording,
                    new UrlTarget(URI.create(app.baseUrl())));
        }
    }

    @Test
    void theReportedErrorReproducesOnTheBrokenBuildAndNotOnTheFixedOne() throws IOException {
        assertThat(replay("console-error")).reproduces(consoleError("TypeError"));

        ReplayReport fixed = replay("baseline");
        assertThat(fixed).doesNotReproduce(consoleError("TypeError"));
        assertThatThrownBy(() -> assertThat(fixed).reproduces(consoleError("TypeError")))
                .hasMessageContaining("to reproduce a console error containing 'TypeError', but no step showed it");
    }

    @Test
    void whileTheBugIsThereTheKeptTestFailsSayingWhere() throws IOException {
        ReplayReport broken = replay("console-error");
        assertThatThrownBy(() -> assertThat(broken).doesNotReproduce(consoleError("TypeError")))
                .hasMessageContaining("still does at step")
                .hasMessageContaining("Add to cart")
                .hasMessageContaining("TypeError");
    }
}
