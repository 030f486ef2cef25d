package dev.replayharness.capture.intake;

import dev.replayharness.capture.RecordedBodies;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every way posthog-js sends a body, and the bodies it never sends, each refused with its status and reason. */
class PayloadDecoderTest {

    private static final String JSON = "[{\"event\":\"$snapshot\"}]";
    private final PayloadDecoder decoder = new PayloadDecoder(1 << 20);

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void gzipIsKnownByItsBytesBase64ByTheFormOrTheQueryAndPlainJsonAsItIs() throws IOException {
        byte[] json = JSON.getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(json);

        assertThat(text(decoder.decode(gzip(json), "text/plain", Map.of()))).isEqualTo(JSON);
        assertThat(text(decoder.decode(gzip(json), "text/plain", Map.of("compression", "gzip-js")))).isEqualTo(JSON);
        assertThat(text(decoder.decode(("data=" + URLEncoder.encode(base64, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.US_ASCII), "application/x-www-form-urlencoded",
                Map.of("compression", "base64")))).isEqualTo(JSON);
        assertThat(text(decoder.decode(base64.getBytes(StandardCharsets.US_ASCII), "text/plain",
                Map.of("compression", "base64")))).as("a newer beacon's bare base64").isEqualTo(JSON);
        assertThat(text(decoder.decode(json, "application/json; charset=utf-8", Map.of()))).isEqualTo(JSON);
        assertThat(text(decoder.decode(RecordedBodies.of("shop-add-to-cart").get(0), "text/plain", Map.of())))
                .as("a body real posthog-js sent").startsWith("[{\"uuid\":");
    }

    @Test
    void aBombATruncatedGzipGarbageAndAWrongTypeAreRefusedWithTheirReasons() throws IOException {
        byte[] bomb = gzip(new byte[4 << 20]);
        assertThatThrownBy(() -> decoder.decode(bomb, "text/plain", Map.of()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(413))
                .hasMessageContaining("inflates beyond the limit of 1048576 bytes (" + bomb.length + " bytes sent)");

        byte[] whole = gzip(JSON.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(whole, whole.length - 6), "text/plain", Map.of()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(400))
                .hasMessageContaining("the gzip body is corrupt or truncated");
        assertThatThrownBy(() -> decoder.decode("hello, capture".getBytes(StandardCharsets.UTF_8), "text/plain",
                Map.of())).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(400))
                .hasMessageContaining("not JSON, gzip, base64 or a data= form");
        assertThatThrownBy(() -> decoder.decode("%%%".getBytes(StandardCharsets.US_ASCII), "text/plain",
                Map.of("compression", "base64"))).hasMessageContaining("says base64 but is not");
        assertThatThrownBy(() -> decoder.decode(whole, "image/png", Map.of()))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(415))
                .hasMessageContaining("image/png is not one posthog-js sends");
        assertThatThrownBy(() -> decoder.decode(new byte[0], "text/plain", Map.of())).hasMessageContaining("empty");
        assertThatThrownBy(() -> decoder.decode("a=1".getBytes(StandardCharsets.US_ASCII),
                "application/x-www-form-urlencoded", Map.of())).hasMessageContaining("without a data= field");
    }
}
