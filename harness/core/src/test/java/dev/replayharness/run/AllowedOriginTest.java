package dev.replayharness.run;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.browser.RebuiltPage;
import dev.replayharness.dom.RebuiltHtml;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code --allow-origin} value means the same to a replayed page and to a rebuilt one: both fetch from that
 * origin, however the user spelled it, and both block it when it is not given.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllowedOriginTest {

    private BrowserSession session;
    private LoopbackServer app;
    private LoopbackServer cdn;

    @BeforeAll
    void start() {
        session = BrowserSession.launch();
        cdn = LoopbackServer.always(new LoopbackServer.Answer(200, "image/svg+xml",
                "<svg xmlns='http://www.w3.org/2000/svg' width='4' height='4'/>"));
        app = LoopbackServer.always(LoopbackServer.Answer.html(page()));
    }

    @AfterAll
    void stop() {
        app.close();
        cdn.close();
        session.close();
    }

    private String cdnOrigin() {
        return cdn.origin();
    }

    private String page() {
        return "<!doctype html><title>shop</title><img id=logo src='" + cdnOrigin() + "/logo.svg'>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"exact", "upper case and a trailing slash", "not given"})
    void theSameOptionValueBehavesTheSameInAReplayAndInARebuiltPage(String spelling) {
        Set<String> allowed = switch (spelling) {
            case "exact" -> Set.of(cdnOrigin());
            case "upper case and a trailing slash" -> Set.of(cdnOrigin().toUpperCase() + "/");
            default -> Set.of();
        };
        boolean fetches = !allowed.isEmpty();
        // An http address: a page at an https one may not load an http image, as it may not in the user's browser.
        String recorded = "http://shop.example.com/";

        int before = cdn.requests().size();
        Journey visit = new Journey(List.of(new Step(1, 0, 0, 0, 0,
                new Action.Navigate(recorded, Action.NavigationKind.FIRST), recorded)), recorded, 800, 600, false, List.of());
        ReplayResult replayed = ReplayRunner.on(session, ReplayOptions.defaults().withOutputDir(null)
                .withAllowedOrigins(allowed)).run("visit", visit,
                app.base());
        StepOutcome open = replayed.outcomes().get(0);
        assertThat(open.status()).isEqualTo(StepOutcome.Status.PASSED);
        assertThat(cdn.requests().size() > before).as("the replayed page fetched the logo").isEqualTo(fetches);
        assertThat(open.page().blockedRequests().stream().anyMatch(r -> r.url().endsWith("/logo.svg")))
                .as("the replay blocked the logo").isEqualTo(!fetches);
        // The step's network log: the page itself, and the logo when it was let through, with their answers.
        assertThat(open.page().requests()).anySatisfy(request -> {
            assertThat(request.url()).isEqualTo(app.base().toString());
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.durationMillis()).isNotNegative();
        });
        assertThat(open.page().requests().stream().anyMatch(r -> r.url().endsWith("/logo.svg") && r.status() == 200))
                .as("the logo in the network log").isEqualTo(fetches);

        before = cdn.requests().size();
        RebuiltHtml html = new RebuiltHtml(page(), recorded, 800, 600, 0, 0, List.of());
        try (RebuiltPage rebuilt = RebuiltPage.render(session, html, NetworkPolicy.blockAll().allowing(allowed))) {
            assertThat(cdn.requests().size() > before).as("the rebuilt page fetched the logo").isEqualTo(fetches);
            assertThat(rebuilt.blockedRequests().stream().anyMatch(r -> r.contains("/logo.svg")))
                    .as("the rebuilt page blocked the logo").isEqualTo(!fetches);
        }
    }
}
