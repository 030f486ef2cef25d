package dev.replayharness.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.testing.BrowserTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report of several recordings, read by a person in Chromium: failed recordings first and every recording
 * closed (no player started) until opened; filtering to failed, searching by name, opening one, its marker seeking
 * the player.
 */
@BrowserTest
class ReportNavigationTest {

    @TempDir
    Path dir;

    /** A replay of a real recording, its steps synthetic, one of them regressed or none. */
    private static ReplayReport replay(String name, List<JsonNode> events, boolean regressed) {
        long start = events.get(0).path("timestamp").asLong();
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            Step step = new Step(number, number, start + 500L * number, 0, 0,
                    new Action.Navigate("http://x.test/" + name + "/" + number, Action.NavigationKind.LOAD), null);
            outcomes.add(new StepOutcome(step, null, StepOutcome.Found.NOTHING, StepOutcome.PageEvidence.NOTHING,
                    StepOutcome.Pictures.NONE, List.of(), 100));
        }
        List<Divergence> divergences = regressed ? List.of(new Divergence(Divergence.Kind.CONSOLE_ERROR,
                Divergence.Severity.REGRESSION, 2, "step 2", "no such error", "TypeError: boom", List.of()))
                : List.of();
        Journey journey = new Journey(outcomes.stream().map(StepOutcome::step).toList(), "http://x.test/", 800, 600,
                false, List.of());
        return new ReplayReport(new ReplayResult(name, "http://target.test/", journey, outcomes, null, 300),
                divergences, Map.of());
    }

    private static List<JsonNode> events(String journey) {
        try (Recording recording = Bundles.open(FixtureBuilds.bundles().resolve(journey + "/rrweb/events.json"))) {
            return HtmlReport.playerEvents(recording);
        }
    }

    @Test
    void failedFirstEachClosedUntilOpenedFilterableSearchableAndTheOpenedOnesPlayerSeeks() {
        List<JsonNode> shop = events("shop-add-to-cart");
        List<JsonNode> site = events("site-guide");
        Path file = HtmlReport.builder().title("three recordings")
                .add(replay("shop-checkout/rrweb", shop, false), shop)
                .add(replay("site-guide/rrweb", site, false), site)
                .add(replay("shop-add-to-cart/rrweb", shop, true), shop)
                .write(dir.resolve("report.html")).file();

        try (BrowserSession session = BrowserSession.launch();
             BrowserContext context = session.newContext(ContextSpec.application().withViewport(1280, 900))) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onPageError(error -> problems.add("page error: " + error));
            page.navigate(file.toUri().toString());

            Locator recordings = page.locator("details.recording");
            assertThat(recordings.count()).isEqualTo(3);
            assertThat(recordings.first().getAttribute("data-verdict")).as("failed first").isEqualTo("failed");
            assertThat(recordings.first().locator(":scope > summary").textContent()).contains("shop-add-to-cart/rrweb");
            assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('details.recording')]"
                    + ".every(d => !d.open)")).as("every recording closed").isTrue();
            assertThat(((Number) page.evaluate("() => Object.keys(window.replayReportPlayers).length")).intValue())
                    .as("no player started before its recording is opened").isZero();

            page.locator(".toolbar [data-filter=failed]").click();
            assertThat(visibleNames(page)).containsExactly("shop-add-to-cart/rrweb");
            assertThat(page.locator(".toolbar .shown").textContent()).isEqualTo("1 of 3 shown");

            page.locator(".toolbar [data-filter=all]").click();
            page.locator("#search").fill("GUIDE");
            assertThat(visibleNames(page)).containsExactly("site-guide/rrweb");
            page.locator("#search").fill("console_error");
            assertThat(visibleNames(page)).as("found by what diverged").containsExactly("shop-add-to-cart/rrweb");
            page.locator("#search").fill("");
            assertThat(visibleNames(page)).hasSize(3);

            Locator failed = recordings.first();
            failed.locator(":scope > summary").click();
            assertThat((Boolean) failed.evaluate("d => d.open")).isTrue();
            String playerId = failed.getAttribute("id") + "-player";
            failed.locator(".replayer-wrapper iframe").waitFor();
            assertThat(((Number) page.evaluate("() => Object.keys(window.replayReportPlayers).length")).intValue())
                    .as("only the opened recording's player started").isEqualTo(1);

            Locator marker = failed.locator(".markers a.marker").first();
            long offset = Long.parseLong(marker.getAttribute("data-seek"));
            marker.click();
            page.waitForTimeout(300);
            double at = ((Number) page.evaluate("id => window.replayReportPlayers[id].getReplayer().getCurrentTime()",
                    playerId)).doubleValue();
            assertThat(at).as("the marker seeks the player to the step").isCloseTo(offset, Offset.offset(50.0));
            assertThat(failed.locator(".step.status-failed").count()).isEqualTo(1);
            assertThat(problems).isEmpty();
        }
    }

    private static List<String> visibleNames(Page page) {
        List<String> names = new ArrayList<>();
        Locator shown = page.locator("details.recording:not([hidden]) > summary h2");
        for (int i = 0; i < shown.count(); i++) {
            names.add(shown.nth(i).textContent().replaceFirst("^(passed|failed)\\s*", "").strip());
        }
        return names;
    }
}
