package dev.replayharness.inputs;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretTextTest {

    private final SecretText secrets = SecretText.of(Map.of("q", "red shoes", "token", "tok-123"));

    @Test
    void aSecretIsHiddenAsWrittenAndAsAUrlEncodesIt() {
        assertThat(secrets.hide("searched red shoes at /s?q=red+shoes&x=red%20shoes, then tok-123"))
                .isEqualTo("searched [secret:q] at /s?q=[secret:q]&x=[secret:q], then [secret:token]");
        assertThat(secrets.hide(null)).isNull();
        assertThat(SecretText.of(Map.of("empty", "")).isEmpty()).as("an empty value hides nothing").isTrue();
    }

    /** Results as a replay has them: records in records, lists, maps, optionals, addresses. */
    record Request(String url, int status) {
    }

    record Step(int number, List<Request> requests, Map<String, String> notes, Optional<String> error, URI page,
                Set<String> texts) {
        Step {
            if (number < 1) {
                throw new IllegalArgumentException("a step number starts at 1");
            }
        }
    }

    @Test
    void aResultIsCopiedWithEveryTextHiddenAndLeftAsItIsWhenItHoldsNone() {
        Step step = new Step(2, List.of(new Request("https://shop.test/api?q=red+shoes", 200), new Request("/a", 404)),
                Map.of("typed", "red shoes"), Optional.of("no tok-123"), URI.create("https://shop.test/s?q=red%20shoes"),
                Set.of("red shoes", "plain"));

        Step hidden = secrets.hideIn(step);

        assertThat(hidden.number()).isEqualTo(2);
        assertThat(hidden.requests()).containsExactly(new Request("https://shop.test/api?q=[secret:q]", 200),
                new Request("/a", 404));
        assertThat(hidden.requests().get(1)).as("what holds no secret is kept itself").isSameAs(step.requests().get(1));
        assertThat(hidden.notes()).containsEntry("typed", "[secret:q]");
        assertThat(hidden.error()).contains("no [secret:token]");
        assertThat(hidden.page().toString()).isEqualTo("https://shop.test/s?q=%5Bsecret:q%5D");
        assertThat(hidden.texts()).containsExactlyInAnyOrder("[secret:q]", "plain");
        assertThat(hidden.toString()).doesNotContain("red shoes", "red+shoes", "tok-123");

        Step clean = new Step(1, List.of(), Map.of(), Optional.empty(), URI.create("https://shop.test/"), Set.of("a"));
        assertThat(secrets.hideIn(clean)).isSameAs(clean);
        assertThat(SecretText.none().hideIn(step)).isSameAs(step);
    }

    @Test
    void aRecordThatRefusesTheHiddenCopyIsAnErrorNotALeak() {
        record Strict(String text) {
            Strict {
                if (text.contains("[")) {
                    throw new IllegalArgumentException("no brackets");
                }
            }
        }
        assertThatThrownBy(() -> secrets.hideIn(new Strict("tok-123"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Strict").hasMessageContaining("no brackets");
    }
}
