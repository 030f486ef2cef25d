package dev.replayharness.allure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay on the restyled build written as Allure results: a failed test for the recording, a step per replay
 * step, the expected, actual and diff pictures attached to the step that diverged. With
 * {@code -Dreplay.allure.results=DIR} the results are kept there (for {@code mvn allure:report}).
 */
@BrowserTest
class AllureReplayReporterTest {

    @TempDir
    Path tmp;

    @Test
    void aVisualRegressionBecomesAFailedTestWithItsPicturesAttached() throws Exception {
        Path results = System.getProperty("replay.allure.results") == null ? tmp.resolve("allure-results")
                : Path.of(System.getProperty("replay.allure.results"));
        Path recordingFile = FixtureBuilds.bundles().resolve("shop-add-to-cart/rrweb/events.json");
        for (String build : List.of("baseline", "visual-css")) {
            try (BrowserSession session = BrowserSession.launch();
                 Recording recording = Bundles.open(recordingFile);
                 FixtureServer app = FixtureServer.start(FixtureBuilds.build("shop", build))) {
                ReplayReport report = new RegressionCheck(session, ReplayOptions.defaults().withOutputDir(
                        tmp.resolve(build)), CompareOptions.defaults()).check("shop-add-to-cart on " + build, recording,
                        new UrlTarget(URI.create(app.baseUrl())));
                new AllureReplayReporter(results).write(report, recording.metadata());
            }
        }

        List<JsonNode> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith("-result.json")).toList()) {
                tests.add(new ObjectMapper().readTree(file.toFile()));
            }
        }
        JsonNode restyled = tests.stream().filter(t -> t.get("name").asText().endsWith("visual-css")).findFirst()
                .orElseThrow();
        JsonNode clean = tests.stream().filter(t -> t.get("name").asText().endsWith("baseline")).findFirst()
                .orElseThrow();
        assertThat(clean.get("status").asText()).isEqualTo("passed");
        assertThat(restyled.get("status").asText()).isEqualTo("failed");
        assertThat(restyled.get("statusDetails").get("message").asText()).contains("VISUAL_CHANGED");
        assertThat(restyled.get("labels").findValuesAsText("value")).contains("shop-add-to-cart on visual-css");
        JsonNode steps = restyled.get("steps");
        assertThat(steps.size()).isEqualTo(4);
        assertThat(steps.get(0).get("name").asText()).startsWith("step 1: open http://shop.lantern.test");
        List<String> attachments = new ArrayList<>();
        steps.forEach(step -> step.path("attachments").forEach(a -> attachments.add(a.get("name").asText())));
        assertThat(attachments).contains("expected", "actual", "diff");
        steps.forEach(step -> step.path("attachments").forEach(a ->
                assertThat(results.resolve(a.get("source").asText())).isRegularFile()));
    }
}
