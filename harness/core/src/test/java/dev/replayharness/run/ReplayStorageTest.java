package dev.replayharness.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.conditions.ReplayConditions;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay's context on a real page: started from a storage state kept on the recording's origin (production's),
 * its cookies and local storage are there on the target; its state at the end is written back on that origin.
 */
@BrowserTest
class ReplayStorageTest {

    @TempDir
    Path dir;

    private static final String RECORDED = "https://app.shop.example";

    @Test
    void aReplayStartsLoggedInOnTheTargetAndItsEndStateIsKeptOnTheRecordingsOrigin() throws Exception {
        Files.writeString(dir.resolve("logged-in.json"), """
                {"cookies": [{"name": "sid", "value": "s-42", "domain": "app.shop.example", "path": "/",
                              "expires": -1, "httpOnly": true, "secure": true, "sameSite": "Strict"}],
                 "origins": [{"origin": "https://app.shop.example",
                              "localStorage": [{"name": "user", "value": "ann"}]}]}""");
        ReplayConditions conditions = ReplayConditions.defaults().startingFrom(dir.resolve("logged-in.json"))
                .savingStateTo(dir.resolve("saved"));
        try (BrowserSession session = BrowserSession.launch();
             LoopbackServer server = LoopbackServer.pages(Map.of("/", "<p id=user>?</p><script>"
                     + "document.getElementById('user').textContent = localStorage.getItem('user');"
                     + "localStorage.setItem('visits', '1');</script>"));
             WorkFolder work = new WorkFolder()) {
            ReplayStorage storage = ReplayStorage.prepare("bundles/account/posthog", conditions, RECORDED,
                    server.origin(), work);
            try (BrowserContext context = session.newContext(storage.shape(ContextSpec.application()))) {
                Page page = context.newPage();
                page.navigate(server.origin() + "/");

                assertThat(page.textContent("#user")).isEqualTo("ann");
                assertThat(context.cookies(server.origin())).extracting(c -> c.name, c -> c.value, c -> c.httpOnly)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sid", "s-42", true));
                assertThat(storage.save(context)).isNull();
            }
        }

        Path saved = dir.resolve("saved").resolve("bundles-account-posthog.json");
        JsonNode state = new ObjectMapper().readTree(saved.toFile());
        assertThat(state.path("cookies").get(0).path("domain").asText()).isEqualTo("app.shop.example");
        JsonNode origin = state.path("origins").get(0);
        assertThat(origin.path("origin").asText()).isEqualTo(RECORDED);
        assertThat(origin.path("localStorage").findValuesAsText("name")).containsExactlyInAnyOrder("user", "visits");
        assertThat(List.of(state.toString())).noneMatch(text -> text.contains("127.0.0.1"));
    }
}
