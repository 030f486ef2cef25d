package dev.replayharness.run;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class UrlMapperTest {

    @Test
    void anAddressJavaRefusesStillHasItsOriginSoItCannotSlipPastTheBlock() {
        // impress.js's demo asks for fonts with '|' in the query: java.net.URI refuses it, Chromium sends it.
        assertThat(UrlMapper.origin("http://fonts.googleapis.com/css?family=Open+Sans:regular|PT+Sans:400"))
                .isEqualTo("http://fonts.googleapis.com");
        assertThat(UrlMapper.origin("HTTPS://Example.com:8443/a")).isEqualTo("https://Example.com:8443");
        assertThat(UrlMapper.origin("data:image/png;base64,AAAA")).isNull();
        assertThat(UrlMapper.origin("/relative/path")).isNull();
    }

    @Test
    void theRecordedOriginMovesOntoTheTargetWithPathQueryAndFragmentKept() {
        UrlMapper mapper = new UrlMapper("https://shop.example.com/start", URI.create("http://127.0.0.1:4100/app/"));
        assertThat(mapper.map("https://shop.example.com/cart?ids=1|2#top"))
                .isEqualTo("http://127.0.0.1:4100/app/cart?ids=1|2#top");
        assertThat(mapper.map("https://shop.example.com")).isEqualTo("http://127.0.0.1:4100/app/");
        assertThat(mapper.map("https://shop.example.com?q=1")).isEqualTo("http://127.0.0.1:4100/app/?q=1");
        assertThat(mapper.map("https://cdn.example.com/lib.js")).isEqualTo("https://cdn.example.com/lib.js");
    }
}
