package dev.replayharness.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.activity.RecordedRequest;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.event.NetworkRequest;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.network.RecordedExchanges;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route of a replayed page against a real page: an API on another origin (production's, which the replay may
 * never reach) answered from the recording, with CORS for the page's origin; a call the recording lacks sent to the
 * target, or withheld with {@code recorded-only}; nothing answered from the recording in live mode.
 */
@BrowserTest
class PageNetworkTest {

    private static final String API = "https://api.shop.example/items?b=2&a=1";
    private static final String PAGE = """
            <p id="out">waiting</p>
            <script>
              Promise.all([
                fetch('%s', { credentials: 'include' }).then(r => r.ok ? r.json() : { items: ['status ' + r.status] }),
                fetch('/api/missing').then(r => 'missing ' + r.status, () => 'missing refused'),
              ]).then(([data, missing]) => { document.getElementById('out').textContent =
                  data.items.join(',') + ' / ' + missing; },
                error => { document.getElementById('out').textContent = 'failed: ' + error; });
            </script>""".formatted(API);

    private static RecordedActivity recorded() {
        ObjectNode raw = new ObjectMapper().createObjectNode().put("name", "https://api.shop.example/items?a=1&b=2")
                .put("method", "GET").put("initiatorType", "fetch").put("status", 200)
                .put("responseBody", "{\"items\":[\"kettle\",\"vase\"]}");
        raw.putObject("responseHeaders").put("content-type", "application/json");
        return new RecordedActivity(List.of(), List.of(new RecordedRequest(1, new NetworkRequest(raw.get("name")
                .asText(), "GET", "fetch", 200, null, null, raw))), true);
    }

    private record Seen(String text, PageWatch watch) {
    }

    private static Seen load(BrowserSession session, LoopbackServer server, NetworkMode mode) {
        NetworkPolicy policy = NetworkPolicy.blockAll().allowing(List.of(server.origin()));
        PageWatch watch = new PageWatch();
        RecordedExchanges exchanges = RecordedExchanges.of(recorded(), policy::addressFor);
        try (BrowserContext context = session.newContext(ContextSpec.application())) {
            new PageNetwork(policy, mode, exchanges, watch).install(context, null);
            Page page = context.newPage();
            watch.attach(page);
            page.navigate(server.origin() + "/");
            page.waitForFunction("() => document.getElementById('out').textContent !== 'waiting'");
            page.waitForTimeout(100); // the last requests end
            return new Seen(page.textContent("#out"), watch);
        }
    }

    private static RequestRecord.Source sourceOf(PageWatch watch, String part) {
        return watch.requests.stream().filter(r -> r.url().contains(part)).findFirst().map(RequestRecord::source)
                .orElse(null);
    }

    @Test
    void anApiOnAnOriginTheReplayMayNotReachIsAnsweredFromTheRecordingAndWhatItLacksGoesToTheTarget() {
        try (BrowserSession session = BrowserSession.launch();
             LoopbackServer server = LoopbackServer.pages(Map.of("/", PAGE))) {
            Seen recorded = load(session, server, new NetworkMode.Recorded(false));
            assertThat(recorded.text()).isEqualTo("kettle,vase / missing 404");
            assertThat(sourceOf(recorded.watch(), "api.shop.example")).isEqualTo(RequestRecord.Source.RECORDING);
            assertThat(sourceOf(recorded.watch(), "/api/missing")).isEqualTo(RequestRecord.Source.UNRECORDED);
            assertThat(server.requests()).contains("/api/missing");

            int asked = server.requests().size();
            Seen only = load(session, server, new NetworkMode.Recorded(true));
            assertThat(only.text()).isEqualTo("kettle,vase / missing refused");
            assertThat(only.watch().blockedRequests).singleElement().satisfies(blocked -> {
                assertThat(blocked.url()).endsWith("/api/missing");
                assertThat(blocked.source()).isEqualTo(RequestRecord.Source.WITHHELD);
                assertThat(blocked.failure()).contains("not in the recording");
            });
            assertThat(server.requests().subList(asked, server.requests().size()))
                    .as("the target's API is never asked").doesNotContain("/api/missing");

            Seen live = load(session, server, NetworkMode.LIVE);
            assertThat(live.text()).startsWith("failed:");
            assertThat(live.watch().blockedRequests).anyMatch(r -> r.url().contains("api.shop.example"));
        }
    }
}
