package dev.replayharness.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.replayharness.event.TestJson.event;
import static org.assertj.core.api.Assertions.assertThat;

class PluginPayloadTest {

    private static PluginPayload payload(String plugin, String payload) {
        return ((Plugin) event("{type:6, timestamp:1, data:{plugin:'" + plugin + "', payload:" + payload + "}}"))
                .payload();
    }

    @Test
    void console() {
        PluginPayload payload = payload("rrweb/console@1",
                "{level:'error', trace:['at load (app.js:10:5)'], payload:['\"boom\"', {a:1}]}");

        assertThat(payload).isEqualTo(new ConsolePayload("error", List.of("at load (app.js:10:5)"),
                List.of("\"boom\"", "{\"a\":1}")));
    }

    @Test
    void consoleWithMissingFields() {
        ConsolePayload payload = (ConsolePayload) payload("rrweb/console@1", "{}");

        assertThat(payload.level()).isNull();
        assertThat(payload.trace()).isEmpty();
        assertThat(payload.payload()).isEmpty();
    }

    @Test
    void network() {
        NetworkPayload payload = (NetworkPayload) payload("rrweb/network@1", """
                {requests:[
                  {name:'https://api.test/cart', method:'POST', initiatorType:'fetch', status:201,
                   startTime:10.5, endTime:80, requestHeaders:{'content-type':'application/json'}, responseBody:'{}'},
                  {name:'https://api.test/pay', method:'POST', initiatorType:'xmlhttprequest', status:502},
                  {name:'https://cdn.test/a.js', initiatorType:'script', status:0},
                  {name:'https://cdn.test/b.css', initiatorType:'link'}]}""");

        NetworkRequest cart = payload.requests().get(0);
        assertThat(cart.name()).isEqualTo("https://api.test/cart");
        assertThat(cart.method()).isEqualTo("POST");
        assertThat(cart.initiatorType()).isEqualTo("fetch");
        assertThat(cart.status()).isEqualTo(201);
        assertThat(cart.startTime()).isEqualTo(10.5);
        assertThat(cart.endTime()).isEqualTo(80.0);
        assertThat(cart.raw().path("requestHeaders").path("content-type").textValue()).isEqualTo("application/json");
        assertThat(cart.failed()).isFalse();
        assertThat(payload.requests().get(1).failed()).isTrue();
        assertThat(payload.requests().get(2).failed()).isTrue();
        NetworkRequest css = payload.requests().get(3);
        assertThat(css.method()).isNull();
        assertThat(css.status()).isNull();
        assertThat(css.startTime()).isNull();
        assertThat(css.failed()).isFalse();
    }

    @Test
    void failedBoundaries() {
        assertThat(request(399).failed()).isFalse();
        assertThat(request(400).failed()).isTrue();
        assertThat(request(0).failed()).isTrue();
        assertThat(request(200).failed()).isFalse();
    }

    private static NetworkRequest request(int status) {
        return new NetworkRequest("u", "GET", "fetch", status, null, null, TestJson.json("{}"));
    }

    @Test
    void otherPluginKeepsPayload() {
        PluginPayload payload = payload("acme/sequence@2", "{n:[1,2]}");

        assertThat(payload).isInstanceOfSatisfying(OtherPluginPayload.class, other -> {
            assertThat(other.plugin()).isEqualTo("acme/sequence@2");
            assertThat(other.raw().path("n").size()).isEqualTo(2);
        });
    }

    @Test
    void pluginWithoutName() {
        Plugin plugin = (Plugin) event("{type:6, timestamp:1, data:{}}");

        assertThat(plugin.plugin()).isNull();
        assertThat(plugin.payload()).isInstanceOfSatisfying(OtherPluginPayload.class,
                other -> assertThat(other.raw().isMissingNode()).isTrue());
    }
}
