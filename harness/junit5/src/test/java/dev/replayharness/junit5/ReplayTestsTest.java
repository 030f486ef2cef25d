package dev.replayharness.junit5;

import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dynamic tests a folder of recordings becomes: named as the steps read, passing on the build they were
 * recorded on, and failing at the right step, with what diverged, where an element is gone.
 */
@BrowserTest
class ReplayTestsTest {

    @TempDir
    Path replays;
    @TempDir
    Path out;

    /** A folder of recordings, as a project keeps them: here one, the add-to-cart journey. */
    private Path recordings() throws Exception {
        Path recording = replays.resolve("add-to-cart.json");
        if (!Files.exists(recording)) {
            Files.copy(FixtureBuilds.bundles().resolve("shop-add-to-cart/rrweb/events.json"), recording);
        }
        return replays;
    }

    /** Runs every dynamic test the way JUnit would; the outcome of each by its display name. */
    private static Map<String, Throwable> execute(Stream<DynamicNode> nodes) {
        Map<String, Throwable> outcomes = new LinkedHashMap<>();
        try (nodes) {
            nodes.forEach(node -> run(node, outcomes));
        }
        return outcomes;
    }

    private static void run(DynamicNode node, Map<String, Throwable> outcomes) {
        if (node instanceof DynamicContainer container) {
            container.getChildren().forEach(child -> run(child, outcomes));
        } else if (node instanceof DynamicTest test) {
            try {
                test.getExecutable().execute();
                outcomes.put(test.getDisplayName(), null);
            } catch (Throwable failure) {
                outcomes.put(test.getDisplayName(), failure);
            }
        }
    }

    @Test
    void onTheRecordedBuildEveryStepPasses() throws Exception {
        try (FixtureServer app = FixtureServer.start(FixtureBuilds.build("shop", "baseline"))) {
            Map<String, Throwable> outcomes = execute(ReplayTests.bundles(recordings()).against(app.baseUrl())
                    .writingTo(out.resolve("baseline")).stream());
            assertThat(outcomes.keySet()).contains(
                    "add-to-cart.json \u203a step 1: open http://shop.lantern.test:36649/products/copper-kettle",
                    "add-to-cart.json \u203a step 2: click 'Add to cart' (css=[data-testid=\"add-to-cart\"])",
                    "add-to-cart.json \u203a step 3: click 'View cart' (role=link \"View cart\")");
            assertThat(outcomes.values()).allMatch(failure -> failure == null);
        }
    }

    @Test
    void aSetupRecordingReplaysOnceBeforeTheTestsAndOneThatDoesNotReplayFailsTheirCreation() throws Exception {
        try (FixtureServer app = FixtureServer.start(FixtureBuilds.build("shop", "baseline"))) {
            Path login = FixtureBuilds.bundles().resolve("shop-add-to-cart/rrweb/events.json");
            Map<String, Throwable> outcomes = execute(ReplayTests.bundles(recordings()).against(app.baseUrl())
                    .withSetup(login).writingTo(out.resolve("setup")).stream());

            assertThat(outcomes).isNotEmpty();
            assertThat(outcomes.values()).allMatch(failure -> failure == null);
            assertThat(app.requests()).as("the page: once by the setup, once by the test")
                    .filteredOn(request -> request.path().equals("/products/copper-kettle")).hasSize(2);

            Path elsewhere = FixtureBuilds.bundles().resolve("site-guide/rrweb/events.json");
            assertThatThrownBy(() -> ReplayTests.bundles(recordings()).against(app.baseUrl()).withSetup(elsewhere)
                    .writingTo(out.resolve("bad-setup")).stream())
                    .isInstanceOf(dev.replayharness.verify.SetupFailedException.class)
                    .hasMessageContaining("did not replay, so nothing else was: step 1")
                    .hasMessageContaining("answered HTTP 404");
        }
    }

    @Test
    void withTheButtonGoneItsStepFailsSayingWhatWasLookedFor() throws Exception {
        try (FixtureServer app = FixtureServer.start(FixtureBuilds.build("shop", "removed-element"))) {
            Map<String, Throwable> outcomes = execute(ReplayTests.bundles(recordings()).against(app.baseUrl())
                    .writingTo(out.resolve("removed")).stream());
            Throwable failure = outcomes.get(
                    "add-to-cart.json \u203a step 2: click 'Add to cart' (css=[data-testid=\"add-to-cart\"])");
            assertThat(failure).isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("ELEMENT_MISSING")
                    .hasMessageContaining("no element found for 'Add to cart'")
                    .hasMessageContaining("[data-testid=\"add-to-cart\"] (0 visible)");
            // The product page itself looks different without the button: its picture differs too.
            assertThat(outcomes.get(
                    "add-to-cart.json \u203a step 1: open http://shop.lantern.test:36649/products/copper-kettle"))
                    .hasMessageContaining("VISUAL_CHANGED");
        }
    }

    @Test
    void everyTestIsNamedForItsRecordingSoTwoRecordingsNeverShareANameAndAPosthogOneShowsItsSession()
            throws Exception {
        Path two = out.resolve("two");
        Files.createDirectories(two.resolve("search-filter"));
        Files.copy(FixtureBuilds.bundles().resolve("shop-add-to-cart/rrweb/events.json"),
                two.resolve("add-to-cart.json"));
        try (var files = Files.list(FixtureBuilds.bundles().resolve("shop-search-filter/posthog"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("s-")).toList()) {
                Files.copy(file, two.resolve("search-filter").resolve(file.getFileName()));
            }
        }
        // Naming needs no replay: the nodes are named when the stream is built.
        List<DynamicNode> containers;
        try (Stream<DynamicNode> nodes = ReplayTests.bundles(two).against("http://127.0.0.1:9/").stream()) {
            containers = nodes.toList();
        }
        String session;
        List<Path> blobs;
        try (var files = Files.list(two.resolve("search-filter"))) {
            blobs = files.sorted().toList();
        }
        try (var recording = dev.replayharness.bundle.Bundles.openAll(blobs,
                dev.replayharness.bundle.ReadLimits.defaults())) {
            session = recording.metadata().session().orElseThrow();
        }
        assertThat(session).matches("[0-9a-f-]{36}");
        assertThat(containers).extracting(DynamicNode::getDisplayName).containsExactly("add-to-cart.json",
                "search-filter (session " + session + ")");
        List<String> tests = containers.stream().flatMap(c -> ((DynamicContainer) c).getChildren())
                .map(DynamicNode::getDisplayName).toList();
        assertThat(tests).doesNotHaveDuplicates().allMatch(name -> name.startsWith("add-to-cart.json \u203a ")
                || name.startsWith("search-filter \u203a "));
        assertThat(tests).contains("add-to-cart.json \u203a replay against http://127.0.0.1:9/",
                "search-filter \u203a replay against http://127.0.0.1:9/");
    }
}
