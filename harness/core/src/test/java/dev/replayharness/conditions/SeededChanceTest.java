package dev.replayharness.conditions;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class SeededChanceTest {

    private static final String DRAW = """
            () => {
              const numbers = Array.from({ length: 5 }, () => Math.random());
              const bytes = Array.from(crypto.getRandomValues(new Uint8Array(8)));
              return JSON.stringify({ numbers, bytes, uuid: crypto.randomUUID() });
            }""";

    @Test
    void theSameSeedDrawsTheSameInEveryFreshPageAndAnotherSeedDrawsOtherwise() {
        // Served from loopback, a secure context, where crypto.randomUUID exists.
        try (BrowserSession session = BrowserSession.launch();
             LoopbackServer server = LoopbackServer.always(LoopbackServer.Answer.html("<p>chance</p>"))) {
            String first = draw(session, 7, server);
            String again = draw(session, 7, server);
            String other = draw(session, 8, server);
            assertThat(again).isEqualTo(first);
            assertThat(other).isNotEqualTo(first);
            assertThat(first).containsPattern("\"uuid\":\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"");
        }
    }

    @Test
    void drawsLookUniformSoPagesThatPickFromAListStillPickEveryItem() {
        try (BrowserSession session = BrowserSession.launch();
             BrowserContext context = session.newContext(ContextSpec.application())) {
            context.addInitScript(SeededChance.initScript(SeededChance.DEFAULT_SEED));
            Page page = context.newPage();
            page.setContent("<p>chance</p>");
            @SuppressWarnings("unchecked")
            List<Number> counts = (List<Number>) page.evaluate("""
                    () => {
                      const counts = new Array(10).fill(0);
                      for (let i = 0; i < 10000; i++) counts[Math.floor(Math.random() * 10)]++;
                      return counts;
                    }""");
            assertThat(counts).allSatisfy(count -> assertThat(count.intValue()).isBetween(850, 1150));
        }
    }

    private static String draw(BrowserSession session, long seed, LoopbackServer server) {
        try (BrowserContext context = session.newContext(ContextSpec.application())) {
            context.addInitScript(SeededChance.initScript(seed));
            Page page = context.newPage();
            page.navigate(server.origin() + "/");
            return (String) page.evaluate(DRAW);
        }
    }
}
