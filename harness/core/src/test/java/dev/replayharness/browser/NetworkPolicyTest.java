package dev.replayharness.browser;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkPolicyTest {

    @Test
    void anAddressJavaRefusesStillHasItsOriginSoItCannotSlipPastTheBlock() {
        // impress.js's demo asks for fonts with '|' in the query: java.net.URI refuses it, Chromium sends it.
        assertThat(NetworkPolicy.originOf("http://fonts.googleapis.com/css?family=Open+Sans:regular|PT+Sans:400"))
                .isEqualTo("http://fonts.googleapis.com");
        assertThat(NetworkPolicy.blockAll().route("http://fonts.googleapis.com/css?family=a|b")).isEmpty();
        assertThat(NetworkPolicy.originOf("data:image/png;base64,AAAA")).isNull();
        assertThat(NetworkPolicy.originOf("/relative/path")).isNull();
    }

    @Test
    void originsCompareAsBrowsersCompareThem() {
        assertThat(NetworkPolicy.originOf("HTTPS://Example.com:443/a")).isEqualTo("https://example.com");
        assertThat(NetworkPolicy.originOf("http://user:pw@Example.com:80")).isEqualTo("http://example.com");
        assertThat(NetworkPolicy.originOf("http://example.com:8080/")).isEqualTo("http://example.com:8080");
        NetworkPolicy policy = NetworkPolicy.blockAll().allowing(List.of("HTTPS://CDN.example.com/"));
        assertThat(policy.route("https://cdn.example.com/lib.js")).contains("https://cdn.example.com/lib.js");
        assertThat(policy.route("https://cdn.example.com:443/lib.js")).isPresent();
        assertThat(policy.route("http://cdn.example.com/lib.js")).as("another scheme is another origin").isEmpty();
        assertThat(policy.route("https://cdn.example.com.evil.test/lib.js")).isEmpty();
    }

    @Test
    void onlyAddressesWithoutANetworkLoadWhenNothingIsAllowed() {
        NetworkPolicy none = NetworkPolicy.blockAll();
        assertThat(none.route("data:text/plain,hi")).isPresent();
        assertThat(none.route("blob:https://shop.example.com/5c1f")).isPresent();
        assertThat(none.route("file:///etc/passwd")).isEmpty();
        assertThat(none.route("https://shop.example.com/")).isEmpty();
    }

    @Test
    void theRecordedOriginMovesOntoTheLiveBaseWithPathQueryAndFragmentKept() {
        NetworkPolicy policy = NetworkPolicy.blockAll()
                .mapping("https://shop.example.com/start", "http://127.0.0.1:4100/app/");
        assertThat(policy.addressFor("https://shop.example.com/cart?ids=1|2#top"))
                .isEqualTo("http://127.0.0.1:4100/app/cart?ids=1|2#top");
        assertThat(policy.addressFor("https://shop.example.com")).isEqualTo("http://127.0.0.1:4100/app/");
        assertThat(policy.addressFor("https://shop.example.com?q=1")).isEqualTo("http://127.0.0.1:4100/app/?q=1");
        assertThat(policy.addressFor("https://SHOP.example.com:443/x")).isEqualTo("http://127.0.0.1:4100/app/x");
        assertThat(policy.addressFor("https://cdn.example.com/lib.js")).isEqualTo("https://cdn.example.com/lib.js");
        assertThat(policy.route("https://shop.example.com/img/a.png")).contains("http://127.0.0.1:4100/app/img/a.png");
        assertThat(NetworkPolicy.blockAll().mapping("https://shop.example.com", "http://127.0.0.1:4100")
                .addressFor("https://shop.example.com/fonts/a.woff2")).isEqualTo("http://127.0.0.1:4100/fonts/a.woff2");
    }

    @Test
    void anAllowedOriginIsFetchedAsItIsEvenWhenItIsAlsoMapped() {
        // Replaying on the host the recording was made on: the target's own requests must not be moved twice.
        NetworkPolicy policy = NetworkPolicy.blockAll().allowing(List.of("http://127.0.0.1:4100/v2/"))
                .mapping("http://127.0.0.1:4100/", "http://127.0.0.1:4100/v2/");
        assertThat(policy.route("http://127.0.0.1:4100/v2/app.js")).contains("http://127.0.0.1:4100/v2/app.js");
        assertThat(policy.addressFor("http://127.0.0.1:4100/start")).isEqualTo("http://127.0.0.1:4100/v2/start");
    }

    @Test
    void aBaseThatIsNoAbsoluteAddressIsRefusedWhenTheMappingIsMadeNotAtTheFirstRequest() {
        assertThatThrownBy(() -> NetworkPolicy.blockAll().mapping("https://shop.example.com", "localhost:4100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a mapped origin needs an absolute base URL, was 'localhost:4100'");
        assertThat(NetworkPolicy.LiveBase.parse("http://127.0.0.1:4100/app/?v=2#x"))
                .isEqualTo(new NetworkPolicy.LiveBase("http://127.0.0.1:4100", "/app/"));
    }
}
