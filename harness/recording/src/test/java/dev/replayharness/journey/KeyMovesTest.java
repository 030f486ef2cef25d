package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class KeyMovesTest {

    /** A slide deck: the 'active' class marks the slide shown. */
    private static Events deck() {
        return Events.page("http://slides.test/",
                element(40, "div",
                        element(41, "section", attributes("class", "slide active"), text(42, "One")),
                        element(43, "section", attributes("class", "slide"), text(44, "Two"))));
    }

    @Test
    void aStateClassMovingToASiblingWhileAllIsStillIsAKeyToReachIt() {
        Journey journey = deck().classes(5000, 41, "slide", 43, "slide active").journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.KeyToReach.class, key -> {
            assertThat(key.target().nodeId()).isEqualTo(43);
            assertThat(key.stateClass()).isEqualTo("active");
            assertThat(key.forward()).isTrue();
        });
    }

    @Test
    void aMoveThePointerMadeJustBeforeIsAHoverNotAKey() {
        Journey journey = deck().classes(5000, 41, "slide", 43, "slide active")
                .pointerMoved(5300, 43, -310) // sent late: the pointer was over the slide at 4990
                .journey();

        assertThat(afterLoad(journey)).isEmpty();
    }

    @Test
    void aStateMovingWhileTheUserTypesIsNoKey() {
        Journey journey = Events.page("http://slides.test/",
                        element(20, "input", attributes("type", "text")),
                        element(40, "div",
                                element(41, "section", attributes("class", "slide active")),
                                element(43, "section", attributes("class", "slide"))))
                .focus(1000, 20)
                .classes(5000, 41, "slide", 43, "slide active").journey();

        assertThat(afterLoad(journey)).isEmpty();
    }
}
