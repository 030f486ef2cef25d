package dev.replayharness.journey;

import dev.replayharness.event.MouseInteraction;
import dev.replayharness.journey.Action.ClickKind;
import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class PointerGesturesTest {

    private static Events shop() {
        return Events.page("http://shop.test/",
                element(10, "button", text(11, "Buy")),
                element(20, "ul", element(21, "li", text(22, "Kettle")), element(23, "li", text(24, "Teapot"))));
    }

    @Test
    void aPressedButtonIsOneClickNotItsDownFocusAndUp() {
        Journey journey = shop().mouseDown(1000, 10).focus(1001, 10).mouseUp(1080, 10).click(1081, 10).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Click.class, click -> {
            assertThat(click.kind()).isEqualTo(ClickKind.SINGLE);
            assertThat(click.target().nodeId()).isEqualTo(10);
            assertThat(click.target().text()).isEqualTo("Buy");
        });
        assertThat(journey.steps().get(1).timestamp()).as("the step is when the button went down")
                .isEqualTo(journey.steps().get(0).timestamp() + 1000);
    }

    @Test
    void twoClicksAndTheDoubleClickAreOneDoubleClick() {
        Journey journey = shop().press(1000, 10).press(1200, 10)
                .pointer(1290, MouseInteraction.DBL_CLICK, 10, 10, 10).journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Click.class,
                click -> assertThat(click.kind()).isEqualTo(ClickKind.DOUBLE));
    }

    @Test
    void aButtonLetGoFarFromWhereItWentDownIsADrag() {
        Journey journey = shop().mouseDown(1000, 21)
                .pointer(1400, MouseInteraction.MOUSE_UP, 23, 10, 200)
                .click(1401, 20) // the browser's click on the common ancestor
                .journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOfSatisfying(Action.Drag.class, drag -> {
            assertThat(drag.target().nodeId()).isEqualTo(21);
            assertThat(drag.dropTarget().nodeId()).isEqualTo(23);
            assertThat(drag.toY()).isEqualTo(200);
        });
    }

    @Test
    void theClickEnterFiresOnAFormsDefaultButtonIsEnterInTheField() {
        Journey journey = Events.page("http://shop.test/",
                        element(30, "form", element(31, "input", attributes("type", "text", "name", "q")),
                                element(32, "button", attributes("type", "submit"), text(33, "Search"))))
                .focus(1000, 31).input(1100, 31, "k").click(1500, 32).journey();

        assertThat(afterLoad(journey)).hasSize(2).last().isInstanceOfSatisfying(Action.Press.class, press -> {
            assertThat(press.key()).isEqualTo("Enter");
            assertThat(press.target().nodeId()).isEqualTo(31);
        });
    }

    @Test
    void aClickNoButtonWasPressedForOnAnythingElseIsNoStep() {
        Journey journey = shop().click(1000, 10).journey();

        assertThat(afterLoad(journey)).isEmpty();
    }
}
