package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

class PageGesturesTest {

    private static final String HOME = "http://shop.test/";
    private static final String KETTLE = "http://shop.test/kettle";

    private static Events home() {
        return Events.page(HOME,
                element(10, "a", attributes("href", "/kettle"), text(11, "Kettle")),
                element(20, "button", text(21, "Open cart")));
    }

    @Test
    void thePageALinkLoadsIsTheClicksUrlAfterNotAStep() {
        Journey journey = home().press(1000, 10).load(1500, KETTLE, element(30, "h1", text(31, "Kettle")))
                .journey();

        assertThat(journey.startUrl()).isEqualTo(HOME);
        assertThat(journey.steps()).hasSize(2);
        assertThat(journey.steps().get(1).action()).isInstanceOf(Action.Click.class);
        assertThat(journey.steps().get(1).urlAfter()).isEqualTo(KETTLE);
    }

    @Test
    void aPageViewAfterAClickIsTheClicksUrlAfter() {
        Journey journey = home().press(1000, 20).pageview(1200, "http://shop.test/cart").journey();

        assertThat(afterLoad(journey)).singleElement().isInstanceOf(Action.Click.class);
        assertThat(journey.steps().get(1).urlAfter()).isEqualTo("http://shop.test/cart");
        assertThat(journey.tracksUrlChanges()).isTrue();
    }

    @Test
    void aPageViewWhileTheButtonIsDownWaitsForTheClick() {
        Journey journey = home().mouseDown(1000, 20).pageview(1040, "http://shop.test/cart")
                .mouseUp(1080, 20).click(1081, 20).journey();

        assertThat(journey.steps().get(0).urlAfter()).as("not the first page's effect").isEqualTo(HOME);
        assertThat(afterLoad(journey)).singleElement().isInstanceOf(Action.Click.class);
        assertThat(journey.steps().get(1).urlAfter()).isEqualTo("http://shop.test/cart");
    }

    @Test
    void returningToThePageBeforeLongAfterTheLastStepIsBack() {
        Journey journey = home().press(1000, 10).load(1500, KETTLE, element(30, "h1", text(31, "Kettle")))
                .load(30_000, HOME, element(10, "a", attributes("href", "/kettle"), text(11, "Kettle")))
                .journey();

        assertThat(afterLoad(journey)).hasSize(2).last()
                .isEqualTo(new Action.History(Action.HistoryDirection.BACK, HOME));
    }

    @Test
    void aNewAddressLoadedLongAfterTheLastStepIsTheUsersOwn() {
        Journey journey = home().press(1000, 20).load(30_000, "http://shop.test/about", element(30, "main"))
                .journey();

        assertThat(afterLoad(journey)).hasSize(2).last()
                .isEqualTo(new Action.Navigate("http://shop.test/about", Action.NavigationKind.LOAD));
        assertThat(journey.steps().get(1).urlAfter()).as("the click led nowhere").isEqualTo(HOME);
    }
}
