package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static dev.replayharness.journey.Events.afterLoad;
import static dev.replayharness.journey.Events.attributes;
import static dev.replayharness.journey.Events.element;
import static dev.replayharness.journey.Events.text;
import static org.assertj.core.api.Assertions.assertThat;

/** What the recording shows of a clicked element being a record of the app's data, and what it does not. */
class DataItemsTest {

    private static Events orders() {
        return Events.page("http://shop.test/account",
                element(10, "button", text(11, "Sign out")),
                element(20, "ul", attributes("data-testid", "orders"),
                        element(21, "li", element(22, "a", attributes("href", "/orders/LG-48213"),
                                text(23, "Order #LG-48213"))),
                        element(24, "li", element(25, "a", attributes("href", "/orders/LG-48377"),
                                text(26, "Order #LG-48377")))),
                element(30, "h2", element(31, "a", attributes("href", "/invoices/9912"), text(32, "Latest invoice"))),
                element(40, "div", attributes("class", "grid"),
                        element(41, "div", attributes("class", "card"), text(42, "Kettle")),
                        element(43, "div", attributes("class", "card"), text(44, "Teapot")),
                        element(45, "div", attributes("class", "card"), text(46, "Spoon"))));
    }

    private static ElementTarget clicked(int nodeId) {
        Journey journey = orders().mouseDown(1000, nodeId).mouseUp(1050, nodeId).click(1051, nodeId).journey();
        return ((Action.Click) afterLoad(journey).get(0)).target();
    }

    @Test
    void aLinkInAListRowIsARowOfThatListFoundByItsTestId() {
        DataItem item = clicked(25).dataItem();

        assertThat(item).isNotNull();
        assertThat(item.evidence()).isEqualTo("a row of a list");
        assertThat(item.listSelector()).isEqualTo("[data-testid=\"orders\"]");
    }

    @Test
    void aLinkWhoseAddressCarriesAnIdAndOneOfSameShapedSiblingsAreDataItems() {
        assertThat(clicked(31).dataItem().evidence()).isEqualTo("its address carries the id 9912");
        assertThat(clicked(43).dataItem().evidence()).isEqualTo("one of 3 elements of the same shape");
        assertThat(clicked(43).dataItem().listSelector()).isEqualTo("div.grid");
    }

    @Test
    void aFixedControlIsNone() {
        assertThat(clicked(10).dataItem()).isNull();
    }
}
