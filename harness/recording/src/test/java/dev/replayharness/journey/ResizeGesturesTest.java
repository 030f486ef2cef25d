package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.element;
import static org.assertj.core.api.Assertions.assertThat;

class ResizeGesturesTest {

    private static Events page() {
        return Events.page("http://shop.test/", element(10, "main"));
    }

    @Test
    void resizeEventsOfOneGestureAreOneStepAtTheSizeItEndedAt() {
        Journey journey = page().resize(2000, 1100, 720).resize(2100, 900, 700).resize(2200, 800, 600).journey();

        assertThat(afterLoad(journey)).containsExactly(new Action.Resize(800, 600));
        assertThat(journey.viewportWidth()).as("the journey starts in the first viewport").isEqualTo(1280);
    }

    @Test
    void resizesASecondApartAreTwoSteps() {
        Journey journey = page().resize(2000, 800, 600).resize(3000, 1024, 768).journey();

        assertThat(afterLoad(journey)).containsExactly(new Action.Resize(800, 600), new Action.Resize(1024, 768));
    }
}
