package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class EnterKeysTest {

    /** A to-do list: a field whose text the app takes on Enter and adds to the list. */
    private static Events typedMilk() {
        return Events.page("http://todo.test/",
                        element(20, "input", attributes("type", "text", "name", "todo")),
                        element(40, "ul"))
                .focus(1000, 20)
                .input(1100, 20, "m").input(1200, 20, "mi").input(1300, 20, "mil").input(1400, 20, "milk");
    }

    @Test
    void aFieldThePageEmptiesAndWhoseTextShowsUpElsewhereWasEnter() {
        Journey journey = typedMilk().input(2000, 20, "")
                .added(2050, 40, element(41, "li", text(42, "milk"))).journey();

        assertThat(afterLoad(journey)).hasSize(2);
        assertThat(afterLoad(journey).get(0)).isInstanceOfSatisfying(Action.Fill.class,
                fill -> assertThat(fill.value()).as("the text as typed, not the emptied field").isEqualTo("milk"));
        assertThat(afterLoad(journey).get(1)).isInstanceOfSatisfying(Action.Press.class, press -> {
            assertThat(press.key()).isEqualTo("Enter");
            assertThat(press.target().nodeId()).isEqualTo(20);
        });
    }

    @Test
    void aFieldEmptiedWithNothingShownAfterIsTheUserClearingIt() {
        Journey journey = typedMilk().input(2000, 20, "")
                .added(4000, 40, element(41, "li", text(42, "milk"))).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Fill.class,
                fill -> assertThat(fill.value()).isEmpty());
    }
}
