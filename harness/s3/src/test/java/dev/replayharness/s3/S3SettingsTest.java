package dev.replayharness.s3;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3SettingsTest {

    private static Properties properties(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        return properties;
    }

    @Test
    void withNothingSetItIsAwsVirtualHostedInTheFallbackRegion() {
        S3Settings settings = S3Settings.from(new Properties(), Map.of());
        assertThat(settings).isEqualTo(new S3Settings(null, false, "us-east-1"));
        assertThat(settings.describe()).isEqualTo("AWS S3 (us-east-1)");
    }

    @Test
    void anEndpointFromTheSdksVariablesTurnsPathStyleOn() {
        S3Settings settings = S3Settings.from(new Properties(),
                Map.of("AWS_ENDPOINT_URL", "http://minio:9000", "AWS_REGION", "eu-west-1"));
        assertThat(settings).isEqualTo(new S3Settings(URI.create("http://minio:9000"), true, "eu-west-1"));
        // the S3-specific variable wins over the general one, and the system property over both
        assertThat(S3Settings.from(new Properties(), Map.of("AWS_ENDPOINT_URL", "http://a:1",
                "AWS_ENDPOINT_URL_S3", "http://b:2")).endpoint()).isEqualTo(URI.create("http://b:2"));
        assertThat(S3Settings.from(properties("replay.s3.endpoint", "http://c:3"),
                Map.of("AWS_ENDPOINT_URL_S3", "http://b:2")).endpoint()).isEqualTo(URI.create("http://c:3"));
    }

    @Test
    void pathStyleAndRegionCanBeSetOutright() {
        S3Settings settings = S3Settings.from(properties("replay.s3.pathStyle", "false", "replay.s3.region", "auto"),
                Map.of("AWS_ENDPOINT_URL_S3", "https://acct.r2.example", "AWS_REGION", "eu-west-1"));
        assertThat(settings.pathStyle()).isFalse();
        assertThat(settings.region()).isEqualTo("auto");
        assertThat(S3Settings.from(new Properties(), Map.of("REPLAY_S3_PATH_STYLE", "yes")).pathStyle()).isTrue();
    }

    @Test
    void badValuesAreNamedWithTheFix() {
        assertThatThrownBy(() -> S3Settings.from(new Properties(), Map.of("AWS_ENDPOINT_URL_S3", "minio:9000")))
                .hasMessageContaining("'minio:9000' is not an http(s) URL").hasMessageContaining("AWS_ENDPOINT_URL_S3");
        assertThatThrownBy(() -> S3Settings.from(new Properties(), Map.of("REPLAY_S3_PATH_STYLE", "maybe")))
                .hasMessageContaining("REPLAY_S3_PATH_STYLE='maybe' is not true or false");
    }
}
