package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class DialogDismissalsTest {

    private static Events withDialog() {
        return Events.page("http://shop.test/",
                element(50, "div", attributes("role", "dialog"),
                        element(51, "button", text(52, "Close")),
                        element(53, "p", text(54, "Subscribe to our letter"))));
    }

    @Test
    void aDialogThatGoesWithNoClickOnItWasEscape() {
        Journey journey = withDialog().removed(5000, 4, 50).journey();

        assertThat(afterLoad(journey)).containsExactly(new Action.Press(null, "Escape"));
    }

    @Test
    void aDialogClosedByAClickOnItsButtonIsThatClick() {
        // A second later: too late to be the click's effect whatever it clicked.
        Journey journey = withDialog().press(5000, 51).removed(6000, 4, 50).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOf(Action.Click.class);
    }
}
