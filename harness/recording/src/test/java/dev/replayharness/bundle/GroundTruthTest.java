package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What inspect counts in each committed recording matches what the recorder says the user did. */
class GroundTruthTest {

    static List<String> journeys() {
        return FixtureRecordings.journeys();
    }

    private static long steps(List<JsonNode> steps, Set<String> actions) {
        return steps.stream().filter(s -> actions.contains(s.get("step").get("action").asText())).count();
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void interactionsMatchTheScriptedSteps(String journey) {
        List<JsonNode> steps = FixtureRecordings.steps(journey);
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb(journey))) {
            Interactions counted = recording.metadata().interactions();

            assertThat(counted.clicks()).as("clicks").isEqualTo(steps(steps, Set.of("CLICK", "CHECK", "UNCHECK")));
            assertThat(counted.inputs()).as("inputs").isEqualTo(steps(steps, Set.of("FILL", "SELECT", "CHECK", "UNCHECK")));
            assertThat(counted.resizes()).as("resizes").isEqualTo(steps(steps, Set.of("RESIZE")));
            assertThat(counted.scrolls()).as("scrolls").isGreaterThanOrEqualTo(steps(steps, Set.of("SCROLL")));
        }
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void pageLoadsMatchTheUrlsTheUserWentThrough(String journey) {
        List<JsonNode> steps = FixtureRecordings.steps(journey);
        List<String> loads = new ArrayList<>();
        String previous = null;
        for (JsonNode step : steps) {
            String url = step.get("url").asText().replaceFirst("#.*$", "");
            if (!url.equals(previous)) {
                loads.add(url);
            }
            previous = url;
        }
        try (Recording recording = Bundles.open(FixtureRecordings.rrweb(journey))) {
            RecordingMetadata metadata = recording.metadata();
            if (journey.startsWith("site-")) {
                // Every URL change on the multi-page site is a full page load, recorded as a Meta event.
                assertThat(metadata.interactions().navigations()).isEqualTo(loads.size());
                assertThat(metadata.pageUrls()).containsExactlyElementsOf(loads.stream().distinct().toList());
            } else {
                // The single-page shop loads once; rrweb itself does not see pushState navigations.
                assertThat(metadata.interactions().navigations()).isEqualTo(1);
                assertThat(metadata.pageUrls()).containsExactly(steps.get(0).get("url").asText());
            }
        }
    }
}
