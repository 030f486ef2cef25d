package dev.replayharness.junit5;

import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;

import java.util.stream.Stream;

/**
 * A session recorded logged in on production's data, kept as a test: the annotation names the login recording
 * replayed first ({@code setup}), its masked fields' values (the password from the environment) and production's
 * order id mapped onto CI's. The shop on CI's data is started here and handed over as {@code replay.target}, as a
 * CI job would pass {@code -Dreplay.target}. Each step a test: each fails if the replay needed a session.
 */
@BrowserTest
class LoggedInReplayTest {

    private static FixtureServer ci;

    @BeforeAll
    static void serve() {
        ci = FixtureServer.start(FixtureBuilds.build("shop", "baseline"));
        System.setProperty("replay.target", ci.baseUrl());
    }

    @AfterAll
    static void stop() {
        System.clearProperty("replay.target");
        ci.close();
    }

    @ReplayTest(bundles = "../../fixtures/sessions/account-order-deep/posthog",
            setup = "../../fixtures/sessions/account-sign-in-order/posthog",
            input = {"login-email=ada@example.com", "login-password=env:SHOP_CI_PASSWORD", "full-name=Ada Lovelace",
                    "email=ada@example.com", "country=GB"},
            mapUrl = "LG-48213=>LG-00007", reportDir = "target/replay-logged-in")
    Stream<DynamicNode> anOrderDeepInTheAccount(ReplayTests tests) {
        return tests.stream();
    }
}
