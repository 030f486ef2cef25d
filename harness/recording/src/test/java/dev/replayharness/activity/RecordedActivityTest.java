package dev.replayharness.activity;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.FixtureRecordings;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console and network model read from real posthog-js and rrweb recordings of the shop's bug. */
class RecordedActivityTest {

    private static RecordedActivity posthog(String journey) {
        try (Recording recording = Bundles.openAll(FixtureRecordings.posthogBodies(journey), ReadLimits.defaults())) {
            return RecordedActivity.of(recording);
        }
    }

    @Test
    void aPosthogRecordingHoldsTheUsersConsoleErrorWithoutTheRecordersQuotesAndItsRequests() {
        RecordedActivity activity = posthog("shop-add-to-cart-bug");

        assertThat(activity.console()).filteredOn(ConsoleMessage::isError).extracting(ConsoleMessage::text)
                .contains("Cart sync failed for product copper-kettle: inventory service unavailable");
        ConsoleMessage error = activity.console().stream().filter(ConsoleMessage::isError).findFirst().orElseThrow();
        assertThat(error.trace()).isNotEmpty().allMatch(frame -> frame.contains("index-"));
        assertThat(error.at()).isPositive();

        assertThat(activity.networkRecorded()).isTrue();
        assertThat(activity.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.method()).isNotBlank();
            assertThat(request.url()).startsWith("http");
            assertThat(request.at()).isPositive();
        });
        assertThat(activity.requests()).anySatisfy(request ->
                assertThat(request.durationMillis()).hasValueSatisfying(millis -> assertThat(millis).isNotNegative()));
    }

    @Test
    void aPlainRrwebRecordingHasConsoleButNoNetworkData() {
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb("shop-add-to-cart-bug"))) {
            RecordedActivity activity = RecordedActivity.of(recording);

            assertThat(activity.networkRecorded()).isFalse();
            assertThat(activity.requests()).isEmpty();
            assertThat(activity.console()).anyMatch(ConsoleMessage::isError);
        }
    }
}
