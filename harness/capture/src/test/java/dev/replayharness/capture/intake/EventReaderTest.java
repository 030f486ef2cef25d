package dev.replayharness.capture.intake;

import dev.replayharness.capture.RecordedBodies;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The events of each body shape, their sessions and identities, and the bodies PostHog's capture would refuse. */
class EventReaderTest {

    private final EventReader reader = new EventReader();

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aRealSnapshotBodyIsItsSessionsSnapshotsEachKnownByItsUuid() {
        byte[] body = new PayloadDecoder(100 << 20).decode(RecordedBodies.of("shop-add-to-cart").get(0),
                "text/plain", Map.of());

        List<CapturedEvent> events = reader.read(body, true);

        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.snapshot()).isTrue();
            assertThat(event.identity()).matches("[0-9a-f-]{36}");
            assertThat(event.sessionId()).isEqualTo(events.get(0).sessionId());
        });
    }

    @Test
    void anEventBatchKeepsItsSessionsEventsAndDropsThoseOfNoSessionARetryHasTheSameIdentity() {
        String batch = "{\"api_key\":\"phc_x\",\"sent_at\":\"%s\",\"batch\":["
                + "{\"event\":\"$pageview\",\"properties\":{\"$session_id\":\"0191-a\"},\"timestamp\":\"t1\"},"
                + "{\"event\":\"server\",\"properties\":{}}]}";

        List<CapturedEvent> first = reader.read(bytes(batch.formatted("2026-01-01T00:00:00Z")), false);
        List<CapturedEvent> retry = reader.read(bytes(batch.formatted("2026-01-01T00:00:09Z")), false);

        assertThat(first).singleElement().satisfies(event -> {
            assertThat(event.sessionId()).isEqualTo("0191-a");
            assertThat(event.snapshot()).isFalse();
            assertThat(event.identity()).startsWith("sha256-");
        });
        assertThat(retry.get(0).identity()).as("a uuid-less event retried: same content").isEqualTo(
                first.get(0).identity());
    }

    @Test
    void whatPosthogsCaptureRefusesIsRefusedNamingTheEventAndWhatItLacks() {
        assertThatThrownBy(() -> reader.read(bytes("[{\"event\":\"$snapshot\",\"properties\":{\"$session_id\":\"s\","
                + "\"$window_id\":\"w\",\"$snapshot_data\":[]}}]"), true)).hasMessageContaining(
                "event 0 ($snapshot) has no project token");
        assertThatThrownBy(() -> reader.read(bytes("[{\"event\":\"$snapshot\",\"properties\":{\"token\":\"t\","
                + "\"$window_id\":\"w\",\"$snapshot_data\":[]}}]"), true)).hasMessageContaining("has no $session_id");
        assertThatThrownBy(() -> reader.read(bytes("[{\"event\":\"$snapshot\",\"properties\":{\"token\":\"t\","
                + "\"$session_id\":\"../../etc\",\"$window_id\":\"w\",\"$snapshot_data\":[]}}]"), true))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.status()).isEqualTo(400))
                .hasMessageContaining("'../../etc' is not an id");
        assertThatThrownBy(() -> reader.read(bytes("[{\"event\":\"$pageview\",\"properties\":{\"token\":\"t\"}}]"),
                true)).hasMessageContaining("'$pageview' where /s/ takes $snapshot events");
        assertThatThrownBy(() -> reader.read(bytes("{\"batch\":[1,"), false)).hasMessageContaining(
                "not valid JSON at line 1");
        assertThatThrownBy(() -> reader.read(bytes("[]"), false)).hasMessageContaining("holds no event");
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        assertThatThrownBy(() -> reader.read(bytes(deep), false)).isInstanceOfSatisfying(Refusal.class,
                r -> assertThat(r.status()).isEqualTo(400));
    }
}
