package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class ScrollGesturesTest {

    /** The document's id: a scroll of it is the page's. */
    private static final int PAGE = 1;

    private static Events journal() {
        return Events.page("http://shop.test/journal",
                element(10, "button", text(11, "More")),
                element(50, "div", attributes("class", "comments"), element(51, "p", text(52, "First!"))));
    }

    @Test
    void scrollEventsOfOneGestureAreOneStepWhereItCameToRest() {
        Journey journey = journal().scroll(2000, PAGE, 0, 300).scroll(2100, PAGE, 0, 600).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Scroll.class, scroll -> {
            assertThat(scroll.target()).as("the page itself").isNull();
            assertThat(scroll.y()).isEqualTo(600);
        });
    }

    @Test
    void scrollsASecondApartAreTwoGestures() {
        Journey journey = journal().scroll(2000, PAGE, 0, 300).scroll(3000, PAGE, 0, 600).journey();

        assertThat(afterLoad(journey)).extracting(action -> ((Action.Scroll) action).y()).containsExactly(300.0, 600.0);
    }

    @Test
    void anElementsScrollNamesTheElement() {
        Journey journey = journal().scroll(2000, 50, 0, 120).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Scroll.class,
                scroll -> assertThat(scroll.target().nodeId()).isEqualTo(50));
    }

    @Test
    void aScrollRightAfterAClickIsTheClicksEffect() {
        Journey journey = journal().press(2000, 10).scroll(2150, PAGE, 0, 0).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOf(Action.Click.class);
    }

    @Test
    void aScrollJustBeforeAClickIsTheBrowserBringingItsTargetIntoView() {
        Journey journey = journal().scroll(2000, PAGE, 0, 400).press(2100, 10).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOf(Action.Click.class);
    }
}
