package dev.replayharness.network;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.activity.RecordedRequest;
import dev.replayharness.event.NetworkRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedExchangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UnaryOperator<String> TO_TARGET =
            url -> url.replace("https://shop.example.com", "http://127.0.0.1:4000");

    private final List<RecordedRequest> requests = new ArrayList<>();

    /** A request as posthog-js's network plugin writes it with body capture on. */
    private ObjectNode recorded(String method, String url, Integer status, String responseBody) {
        ObjectNode raw = JSON.createObjectNode().put("name", url).put("method", method).put("initiatorType", "fetch");
        if (status != null) {
            raw.put("status", status);
        }
        if (responseBody != null) {
            raw.put("responseBody", responseBody);
        }
        raw.putObject("responseHeaders").put("content-type", "application/json").put("set-cookie", "sid=1")
                .put("content-length", "99");
        requests.add(new RecordedRequest(1000 + requests.size(), new NetworkRequest(url, method, "fetch", status,
                null, null, raw)));
        return raw;
    }

    private RecordedExchanges exchanges() {
        return RecordedExchanges.of(new RecordedActivity(List.of(), requests, true), TO_TARGET);
    }

    private String body(RecordedExchanges exchanges, String method, String url, String requestBody) {
        return exchanges.answer(method, url, requestBody).map(match -> match.answer().body()).orElse(null);
    }

    @Test
    void aRequestIsMatchedOnTheTargetWithItsQueryInAnyOrderAndGetsTheRecordedStatusTypeAndBody() {
        recorded("GET", "https://shop.example.com/api/products?page=2&sort=price", 200, "{\"page\":2}");
        RecordedExchanges exchanges = exchanges();

        var match = exchanges.answer("GET", "http://127.0.0.1:4000/api/products?sort=price&page=2#top", null);

        assertThat(match).isPresent();
        assertThat(match.get().answer().status()).isEqualTo(200);
        assertThat(match.get().answer().body()).isEqualTo("{\"page\":2}");
        assertThat(match.get().answer().headers()).as("never cookies, never a stale length")
                .containsExactlyEntriesOf(java.util.Map.of("content-type", "application/json"));
        assertThat(exchanges.answer("GET", "http://127.0.0.1:4000/api/products?sort=price&page=3", null)).isEmpty();
        assertThat(exchanges.answer("POST", "http://127.0.0.1:4000/api/products?sort=price&page=2", null)).isEmpty();
    }

    @Test
    void aRequestMadeMoreOftenThanRecordedGetsTheAnswersInOrderThenTheLastAgain() {
        recorded("GET", "https://shop.example.com/api/cart", 200, "{\"items\":0}");
        recorded("GET", "https://shop.example.com/api/cart", 200, "{\"items\":1}");
        RecordedExchanges exchanges = exchanges();
        String cart = "http://127.0.0.1:4000/api/cart";

        assertThat(List.of(body(exchanges, "GET", cart, null), body(exchanges, "GET", cart, null),
                body(exchanges, "GET", cart, null))).containsExactly("{\"items\":0}", "{\"items\":1}", "{\"items\":1}");
    }

    @Test
    void aRequestWithABodyGetsTheAnswerRecordedForTheSameBodyComparedAsJson() {
        recorded("POST", "https://shop.example.com/api/orders", 201, "{\"id\":1}").put("requestBody", "{\"sku\":\"a\",\"n\":1}");
        recorded("POST", "https://shop.example.com/api/orders", 201, "{\"id\":2}").put("requestBody", "{\"sku\":\"b\",\"n\":1}");
        RecordedExchanges exchanges = exchanges();
        String orders = "http://127.0.0.1:4000/api/orders";

        assertThat(body(exchanges, "POST", orders, "{\"n\": 1, \"sku\": \"b\"}")).isEqualTo("{\"id\":2}");
        var other = exchanges.answer("POST", orders, "{\"sku\":\"c\",\"n\":1}");
        assertThat(other).isPresent();
        assertThat(other.get().bodyDiffers()).as("no recorded body matches: the next answer in order, said so").isTrue();
        assertThat(other.get().answer().body()).isEqualTo("{\"id\":1}");
    }

    @Test
    void bodiesPosthogDidNotKeepAndTimingEntriesAreNotAnswersButCountedAsUnusable() {
        recorded("GET", "https://shop.example.com/api/big", 200, "[SessionRecording] Response body too large to record (2000000 bytes)");
        recorded("GET", "https://shop.example.com/api/secret", 200, "[SessionRecording] Response body redacted as might contain: password");
        recorded("GET", "https://shop.example.com/api/stream", 200, "Chunked Transfer-Encoding is not supported");
        recorded("GET", "https://shop.example.com/api/first", null, null);
        recorded("GET", "https://shop.example.com/api/missing-body", 200, null);
        recorded("DELETE", "https://shop.example.com/api/cart/1", 204, null);
        RecordedExchanges exchanges = exchanges();

        assertThat(exchanges.answerable()).as("only the 204, which has no body to keep").isEqualTo(1);
        assertThat(exchanges.unusable()).isEqualTo(5);
        assertThat(exchanges.answer("GET", "http://127.0.0.1:4000/api/big", null)).isEmpty();
        assertThat(exchanges.answer("DELETE", "http://127.0.0.1:4000/api/cart/1", null)).get()
                .satisfies(match -> assertThat(match.answer().status()).isEqualTo(204));
    }

    @Test
    void networkModesAreReadFromTheirOptionValuesAndABadOneNamesTheValuesTaken() {
        java.nio.file.Path base = java.nio.file.Path.of("/work/project");
        assertThat(NetworkMode.parse("live", base)).isEqualTo(NetworkMode.LIVE);
        assertThat(NetworkMode.parse(" Recorded ", base)).isEqualTo(new NetworkMode.Recorded(false));
        assertThat(NetworkMode.parse("recorded-only", base)).isEqualTo(new NetworkMode.Recorded(true));
        assertThat(NetworkMode.parse("har:net/shop.har", base))
                .isEqualTo(new NetworkMode.FromHar(base.resolve("net/shop.har")));
        assertThat(new NetworkMode.FromHar(base.resolve("hars")).harFor("checkout flow"))
                .isEqualTo(base.resolve("hars/checkout-flow.har"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkMode.parse("recordd", base))
                .hasMessageContaining("live, recorded, recorded-only, har:FILE");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkMode.parse("har:", base))
                .hasMessageContaining("needs the HAR file");
    }
}
