package dev.replayharness.dom;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * What names an element for assistive technology (and for a tester reading a selector aloud), gathered from
 * the mirrored DOM: the inputs of the accessible name computation, and a simplified result of it.
 *
 * @param role           the explicit {@code role}, else the implicit role of the tag (link, button, textbox...)
 * @param labelledBy     the text of the elements {@code aria-labelledby} names
 * @param ariaLabel      {@code aria-label}
 * @param labels         the text of the {@code <label>}s for the element (by {@code for}, or wrapping it)
 * @param text           the element's own text content, white space collapsed
 * @param title          {@code title}
 * @param placeholder    {@code placeholder}
 * @param alt            {@code alt}, or an input button's {@code value}
 */
public record AccessibleName(String role, String labelledBy, String ariaLabel, String labels, String text,
                             String title, String placeholder, String alt) {

    /**
     * The name, in the order the computation prefers its sources: aria-labelledby, aria-label, labels, the text
     * of elements named by their content, then title, placeholder and alt.
     */
    public Optional<String> name() {
        boolean namedByContent = role != null && Stream.of("button", "link", "heading", "option", "tab", "menuitem",
                "cell", "listitem").anyMatch(role::equals);
        return Stream.of(labelledBy, ariaLabel, labels, namedByContent ? text : null, alt, title, placeholder)
                .filter(value -> value != null && !value.isBlank()).findFirst();
    }
}
