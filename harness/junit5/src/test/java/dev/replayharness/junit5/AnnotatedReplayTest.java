package dev.replayharness.junit5;

import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.DynamicNode;

import java.util.stream.Stream;

/**
 * A recording kept as a test the way a project keeps its own: configured by the annotation alone (a folder of
 * recordings, a build folder), each step a test. Runs the committed site-guide recording against the site's build;
 * {@code -Dreplay.target=...} would point it at another build.
 */
@BrowserTest
class AnnotatedReplayTest {

    @ReplayTest(bundles = "../../fixtures/bundles/site-guide/rrweb", target = "../../fixtures/apps/dist/site/baseline",
            reportDir = "target/replay-annotated")
    Stream<DynamicNode> siteGuide(ReplayTests tests) {
        return tests.stream();
    }
}
