package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class FieldGesturesTest {

    private static Events form() {
        return Events.page("http://shop.test/",
                element(20, "input", attributes("type", "text", "name", "email")),
                element(21, "input", attributes("type", "text", "name", "city")),
                element(30, "input", attributes("type", "checkbox", "name", "gift")));
    }

    @Test
    void typingIntoOneFieldIsOneFillWithItsFinalValue() {
        Journey journey = form().focus(1000, 20)
                .input(1100, 20, "a").input(1200, 20, "ad").input(1300, 20, "ada").journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Fill.class, fill -> {
            assertThat(fill.target().nodeId()).isEqualTo(20);
            assertThat(fill.value()).isEqualTo("ada");
            assertThat(fill.masked()).isFalse();
        });
    }

    @Test
    void theClickIntoTheFieldIsPartOfFillingIt() {
        Journey journey = form().press(1000, 20).focus(1001, 20).input(1300, 20, "a").input(1400, 20, "ab")
                .journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Fill.class,
                fill -> assertThat(fill.value()).isEqualTo("ab"));
    }

    @Test
    void focusMovingToAnotherFieldStartsAnotherFill() {
        Journey journey = form().focus(1000, 20).input(1100, 20, "a")
                .blur(1500, 20).focus(1501, 21).input(1600, 21, "b").journey();

        assertThat(afterLoad(journey)).extracting(action -> ((Action.Fill) action).target().nodeId())
                .containsExactly(20, 21);
    }

    @Test
    void aValueAScriptSetsInAFieldTheUserIsNotInIsNoStep() {
        Journey journey = form().focus(1000, 21).input(1100, 20, "prefilled@example.com").journey();

        assertThat(afterLoad(journey)).isEmpty();
    }

    @Test
    void aCheckboxChangedByItsClickReplacesTheClick() {
        Journey journey = form().press(1000, 30).checked(1082, 30, true).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Check.class, check -> {
            assertThat(check.target().nodeId()).isEqualTo(30);
            assertThat(check.checked()).isTrue();
        });
    }

    @Test
    void keystrokeIsOneCharacterAddedOrRemovedAnywhere() {
        assertThat(FieldGestures.isKeystroke("ada", "adab")).isTrue();
        assertThat(FieldGestures.isKeystroke("ada", "aXda")).isTrue();
        assertThat(FieldGestures.isKeystroke("ada", "da")).isTrue();
        assertThat(FieldGestures.isKeystroke("ada", "adam!")).isFalse();
        assertThat(FieldGestures.isKeystroke("ada", "adb")).isFalse();
    }
}
