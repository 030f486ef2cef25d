package dev.replayharness.s3;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3LocationTest {

    @Test
    void readsAnObjectAPrefixAndAWholeBucket() {
        S3Location object = S3Location.parse("s3://replay-bundles/ci/2026/shop.zip");
        assertThat(object).isEqualTo(new S3Location("replay-bundles", "ci/2026/shop.zip"));
        assertThat(object.isPrefix()).isFalse();

        S3Location prefix = S3Location.parse("s3://replay-bundles/ci/");
        assertThat(prefix.isPrefix()).isTrue();
        assertThat(prefix.resolve("a.zip")).isEqualTo(new S3Location("replay-bundles", "ci/a.zip"));

        S3Location bucket = S3Location.parse("s3://replay.bundles");
        assertThat(bucket.key()).isEmpty();
        assertThat(bucket.isPrefix()).isTrue();
        assertThat(bucket).hasToString("s3://replay.bundles/");
        assertThat(S3Location.parse("S3://abc/x/")).hasToString("s3://abc/x/");
    }

    @Test
    void writesItselfBackAsItWasRead() {
        assertThat(S3Location.parse("s3://bkt/a/b/c.zip")).hasToString("s3://bkt/a/b/c.zip");
        assertThat(S3Location.parse("s3://bkt/a/").asPrefix()).hasToString("s3://bkt/a/");
        assertThat(S3Location.parse("s3://bkt/a").asPrefix()).hasToString("s3://bkt/a/");
    }

    @Test
    void refusesWhatIsNotAnS3LocationNamingTheTextAndTheExpectedForm() {
        assertThatThrownBy(() -> S3Location.parse("/tmp/bundles"))
                .hasMessageContaining("'/tmp/bundles'").hasMessageContaining("expected s3://bucket/key");
        assertThatThrownBy(() -> S3Location.parse("s3:///key"))
                .hasMessageContaining("'s3:///key'").hasMessageContaining("names no bucket");
        assertThatThrownBy(() -> S3Location.parse("s3://My_Bucket/key"))
                .hasMessageContaining("'s3://My_Bucket/key'").hasMessageContaining("'My_Bucket' is not a bucket name")
                .hasMessageContaining("3 to 63 lower-case letters");
        assertThatThrownBy(() -> S3Location.parse("s3://ab/key")).hasMessageContaining("'ab' is not a bucket name");
        assertThatThrownBy(() -> S3Location.parse("s3://bucket//key"))
                .hasMessageContaining("starts with '/'").hasMessageContaining("s3://bucket/key");
        assertThatThrownBy(() -> S3Location.parse("s3://bkt/file.zip").resolve("x"))
                .hasMessageContaining("s3://bkt/file.zip is an object, not a prefix");
    }

    @Test
    void tellsS3TextFromPaths() {
        assertThat(S3Location.isS3("s3://b/k")).isTrue();
        assertThat(S3Location.isS3("bundles/s3")).isFalse();
        assertThat(S3Location.isS3(null)).isFalse();
    }
}
