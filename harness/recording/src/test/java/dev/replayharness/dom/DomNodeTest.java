package dev.replayharness.dom;

import dev.replayharness.event.NodeType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DomNodeTest {

    private static DomNode element(String tag, Map<String, String> attributes) {
        return new DomNode(1, NodeType.ELEMENT, tag, attributes, null, null, List.of(), null, null);
    }

    @Test
    void aTextFieldTakesTyping() {
        assertThat(element("input", Map.of()).isTextField()).as("input without a type is text").isTrue();
        assertThat(element("INPUT", Map.of("type", "Email")).isTextField()).isTrue();
        assertThat(element("textarea", Map.of()).isTextField()).isTrue();
        assertThat(element("input", Map.of("type", "checkbox")).isTextField()).isFalse();
        assertThat(element("input", Map.of("type", "submit")).isTextField()).isFalse();
        assertThat(element("div", Map.of("contenteditable", "true")).isTextField())
                .as("an editable element is read by its text, not as a field").isFalse();
    }

    @Test
    void aSubmitButtonSubmitsItsForm() {
        assertThat(element("button", Map.of()).isSubmitButton()).as("a button's default type is submit").isTrue();
        assertThat(element("button", Map.of("type", "button")).isSubmitButton()).isFalse();
        assertThat(element("input", Map.of("type", "image")).isSubmitButton()).isTrue();
        assertThat(element("input", Map.of("type", "text")).isSubmitButton()).isFalse();
        assertThat(element("a", Map.of("type", "submit")).isSubmitButton()).isFalse();
    }
}
