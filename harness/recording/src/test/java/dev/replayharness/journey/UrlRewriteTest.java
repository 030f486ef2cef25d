package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlRewriteTest {

    @Test
    void aRewriteReplacesEveryMatchWithGroupsAndRewritesApplyInOrder() {
        UrlRewrite order = UrlRewrite.parse("/orders/48213=>/orders/7");
        UrlRewrite tenant = UrlRewrite.parse("/t/(\\w+)/=>/t/ci-$1/");

        assertThat(order.apply("https://crm.example.com/orders/48213?tab=items")).isEqualTo(
                "https://crm.example.com/orders/7?tab=items");
        assertThat(order.apply(null)).isNull();
        assertThat(UrlRewrite.applyAll(List.of(order, tenant), "https://x/t/acme/orders/48213"))
                .isEqualTo("https://x/t/ci-acme/orders/7");
        assertThat(tenant).hasToString("/t/(\\w+)/=>/t/ci-$1/");
        assertThat(UrlRewrite.parse("/a=>").apply("/a/b")).as("an empty replacement removes").isEqualTo("/b");
    }

    @Test
    void aRuleThatCannotWorkSaysWhy() {
        assertThatThrownBy(() -> UrlRewrite.parse("/orders/1")).hasMessageContaining("expected REGEX=>REPLACEMENT");
        assertThatThrownBy(() -> UrlRewrite.parse("=>/x")).hasMessageContaining("empty");
        assertThatThrownBy(() -> UrlRewrite.parse("/orders/(\\d+=>/x")).hasMessageContaining("not a regular expression")
                .hasMessageContaining("near index");
        assertThatThrownBy(() -> UrlRewrite.parse("/orders/(\\d+)=>/o/$2")).hasMessageContaining("names group $2")
                .hasMessageContaining("has 1");
    }

    @Test
    void aJourneyRewritesItsFirstPageNavigationsAndTheAddressesExpectedAfterItsSteps() {
        String order = "https://crm.example.com/orders/48213";
        Journey journey = new Journey(List.of(
                new Step(1, 0, 0, 0, 0, new Action.Navigate(order, Action.NavigationKind.FIRST), order),
                new Step(2, 1, 5, 0, 5, new Action.Resize(800, 600), order + "#items")), order, 800, 600, true,
                List.of());

        Journey rewritten = journey.withUrls(UrlRewrite.parse("48213=>7")::apply);

        assertThat(rewritten.startUrl()).isEqualTo("https://crm.example.com/orders/7");
        assertThat(rewritten.steps().get(0).action()).isEqualTo(new Action.Navigate(
                "https://crm.example.com/orders/7", Action.NavigationKind.FIRST));
        assertThat(rewritten.steps()).extracting(Step::urlAfter).containsExactly("https://crm.example.com/orders/7",
                "https://crm.example.com/orders/7#items");
        assertThat(rewritten.steps().get(1).action()).isEqualTo(journey.steps().get(1).action());
    }
}
