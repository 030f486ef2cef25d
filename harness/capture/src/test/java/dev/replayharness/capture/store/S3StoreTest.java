package dev.replayharness.capture.store;

import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;
import dev.replayharness.s3.S3Settings;
import dev.replayharness.testing.SharedS3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The S3 store against a real S3-compatible server (s3proxy in a child process: its Jetty is not ours). */
class S3StoreTest {

    @RegisterExtension
    static final SharedS3 S3 = new SharedS3("captured");

    @TempDir
    Path work;

    private static StoreLocation bucket(String prefix) {
        return new StoreLocation.Bucket(S3Location.parse(prefix), S3Settings.at(S3.server().endpoint(), "us-east-1"));
    }

    @Test
    void storesContextThenBundleUnderThePrefixAndFetchesAndDatesThem() throws IOException {
        Path bundle = Files.writeString(work.resolve("b.zip"), "bundle");
        Path context = Files.writeString(work.resolve("c.json"), "[]");
        try (BundleStore store = bucket("s3://captured/team/sessions").open()) {
            assertThat(store.describe()).isEqualTo("s3://captured/team/sessions/");
            assertThat(store.storedAtMillis("s1")).isEmpty();
            assertThat(store.fetch("s1", work)).isEmpty();

            store.put("s1", bundle, context);

            assertThat(S3.server().storedFile("captured", "team/sessions/s1.zip")).hasContent("bundle");
            assertThat(S3.server().storedFile("captured", "team/sessions/s1.events.json")).hasContent("[]");
            // dated by this machine's clock, as the journals are, not the store's
            try (S3Objects objects = S3Objects.connect(S3Settings.at(S3.server().endpoint(), "us-east-1"))) {
                String storedAt = objects.head(S3Location.parse("s3://captured/team/sessions/s1.zip")).orElseThrow()
                        .metadata().get(S3Store.STORED_AT);
                assertThat(store.storedAtMillis("s1")).contains(Long.parseLong(storedAt));
            }
            assertThat(store.fetch("s1", work)).hasValueSatisfying(copy -> {
                assertThat(copy).hasFileName("s1-stored.zip").hasContent("bundle");
            });
        }
    }

    @Test
    void aSessionWithoutContextStoresTheBundleAlone() throws IOException {
        Path bundle = Files.writeString(work.resolve("b.zip"), "again");
        try (BundleStore store = bucket("s3://captured/alone/").open()) {
            store.put("s2", bundle, null);
            store.put("s2", Files.writeString(work.resolve("b2.zip"), "replaced"), null);
        }
        assertThat(S3.server().storedFile("captured", "alone/s2.zip")).hasContent("replaced");
        assertThat(S3.server().storedFile("captured", "alone/s2.events.json")).doesNotExist();
    }
}
