package dev.replayharness.run;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.DivergenceFinder;
import dev.replayharness.compare.RecordedBehaviour;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recording that starts deep in an app, where the user was logged in: on a fresh browser the app's router sends
 * the replay to its login page, and the first step fails as needing the session (the rest not run); started from
 * the user's storage state (kept on production's origin) it passes. A target answering 401 says the same. And
 * production's ids in its addresses rewritten onto the target's.
 */
@BrowserTest
class LoggedInStartTest {

    @TempDir
    Path dir;

    private static final String ORDER = "https://crm.example.com/account/orders/48213";
    private static final String ORDERS = "https://crm.example.com/account/orders";

    /** Opened at an order, then at the order list: both behind the login. */
    private static Journey deepInTheApp() {
        return new Journey(List.of(
                new Step(1, 0, 0, 0, 0, new Action.Navigate(ORDER, Action.NavigationKind.FIRST), ORDER),
                new Step(2, 1, 1000, 0, 1000, new Action.Navigate(ORDERS, Action.NavigationKind.LOAD), ORDERS)),
                ORDER, 800, 600, false, List.of());
    }

    /** An app that keeps its session in local storage and whose router sends anyone without one to its login. */
    private static LoopbackServer app() {
        return LoopbackServer.answering(path -> path.startsWith("/users/sign_in")
                ? LoopbackServer.Answer.html("<form><label>Password <input type=password></label></form>")
                : LoopbackServer.Answer.html("<h1>Orders</h1><script>if (!localStorage.getItem('session')) "
                        + "location.replace('/users/sign_in?return_to=' + encodeURIComponent(location.pathname));"
                        + "</script>"));
    }

    private static ReplayRunner runner(BrowserSession session, Path state) {
        ReplayOptions options = ReplayOptions.defaults().withOutputDir(null).withStepTimeout(Duration.ofSeconds(5));
        return ReplayRunner.on(session, options.withConditions(options.conditions().startingFrom(state)));
    }

    @Test
    void sentToTheLoginPageTheFirstStepNeedsTheSessionAndWithTheStorageStateTheReplayPasses() throws Exception {
        Path state = Files.writeString(dir.resolve("user.json"), """
                {"cookies": [], "origins": [{"origin": "https://crm.example.com",
                  "localStorage": [{"name": "session", "value": "s-1"}]}]}""");
        try (BrowserSession session = BrowserSession.launch(); LoopbackServer app = app()) {
            List<Integer> heard = new java.util.ArrayList<>();
            ReplayResult fresh = runner(session, null).listening((name, outcome) -> heard.add(outcome.step().number()))
                    .run("deep", deepInTheApp(), app.base());

            StepOutcome first = fresh.outcomes().get(0);
            assertThat(first.failure()).isInstanceOf(StepFailure.NeedsSession.class);
            assertThat(first.reason()).contains("needs-session", "/account/orders/48213",
                    "/users/sign_in?return_to=", "--storage-state");
            assertThat(heard).as("the step is told, as every step run is").containsExactly(1);
            assertThat(fresh.outcomes().get(1).status()).isEqualTo(StepOutcome.Status.SKIPPED);
            assertThat(fresh.outcomes().get(1).reason()).contains("needs the recorded user's session (step 1)");
            List<Divergence> found = new DivergenceFinder(RecordedBehaviour.none(), CompareOptions.defaults())
                    .behavioural(fresh);
            assertThat(found).as("one reason, no regression of the build").extracting(Divergence::kind)
                    .containsExactly(Divergence.Kind.NEEDS_SESSION);

            ReplayResult loggedIn = runner(session, state).run("deep", deepInTheApp(), app.base());
            assertThat(loggedIn.passed()).as(loggedIn.outcomes().toString()).isTrue();
            assertThat(loggedIn.outcomes().get(1).page().urlAfter()).isEqualTo(app.base() + "account/orders");
        }
    }

    @Test
    void aPageAnswering401NeedsTheSessionToo() {
        try (BrowserSession session = BrowserSession.launch();
             LoopbackServer app = LoopbackServer.always(new LoopbackServer.Answer(401, "text/html", "<h1>no</h1>"))) {
            ReplayResult result = runner(session, null).run("401", deepInTheApp(), app.base());

            assertThat(result.outcomes().get(0).failure()).isEqualTo(new StepFailure.NeedsSession(
                    app.base() + "account/orders/48213", "HTTP 401"));
        }
    }

    @Test
    void productionsIdsInTheAddressesAreRewrittenOntoTheTargetsWhereverTheJourneyHoldsThem() {
        try (BrowserSession session = BrowserSession.launch();
             LoopbackServer app = LoopbackServer.answering(path -> path.startsWith("/account/orders/48213")
                     ? LoopbackServer.Answer.notFound()
                     : LoopbackServer.Answer.html("<h1>Order list or order 7</h1>"))) {
            ReplayOptions options = ReplayOptions.defaults().withOutputDir(null).withStepTimeout(Duration.ofSeconds(5));

            ReplayResult asRecorded = ReplayRunner.on(session, options).run("ids", deepInTheApp(), app.base());
            ReplayResult rewritten = ReplayRunner.on(session, options.withUrlRewrites(List.of(
                    dev.replayharness.journey.UrlRewrite.parse("/orders/48213=>/orders/7"))))
                    .run("ids", deepInTheApp(), app.base());

            assertThat(asRecorded.outcomes().get(0).reason()).contains("/account/orders/48213 answered HTTP 404");
            assertThat(rewritten.passed()).as(rewritten.outcomes().toString()).isTrue();
            assertThat(rewritten.outcomes().get(0).page().urlAfter()).isEqualTo(app.base() + "account/orders/7");
            assertThat(rewritten.journey().steps().get(0).urlAfter()).as("the address expected after the step")
                    .isEqualTo("https://crm.example.com/account/orders/7");
        }
    }

    @Test
    void aLoginPageTheRecordingWentToIsNoMissingSession() {
        assertThat(LoginPages.sentToLogin("http://t/account", "http://t/login", "http://t/login?next=x")).isFalse();
        assertThat(LoginPages.sentToLogin("http://t/login", null, "http://t/login")).isFalse();
        assertThat(LoginPages.sentToLogin("http://t/account", null, "http://t/auth/realms/x/protocol")).isTrue();
        assertThat(LoginPages.sentToLogin("http://t/orders/7", null, "http://t/gate?from=%2Forders%2F7")).isTrue();
        assertThat(LoginPages.sentToLogin("http://t/orders/7", null, "http://t/orders")).isFalse();
        assertThat(LoginPages.sentToLogin("http://t/catalog", null, "http://t/blog/authentic-recipes")).isFalse();
    }
}
