package dev.replayharness.dom;

import dev.replayharness.event.NodeType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read-only view of one mirrored node.
 *
 * @param id         the recording's node id
 * @param type       document, doctype, element, text, CDATA or comment
 * @param tagName    the element's tag name (lower case for HTML), else null
 * @param attributes the element's attributes, in recorded order
 * @param text       a text or comment node's content, else null
 * @param parentId   the parent's id, or null for the document
 * @param childIds   the children's ids, in order
 * @param value      an input's current value, when an input event set one
 * @param checked    a checkbox's or radio's current state, when an input event set one
 */
public record DomNode(int id, NodeType type, String tagName, Map<String, String> attributes, String text,
                     Integer parentId, List<Integer> childIds, String value, Boolean checked) {

    public DomNode {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        childIds = List.copyOf(childIds);
    }

    /** An attribute's value. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** A field a user types text into: a {@code textarea}, or an {@code input} of a type that takes typing. */
    public boolean isTextField() {
        String tag = tagName == null ? "" : tagName.toLowerCase(java.util.Locale.ROOT);
        return tag.equals("textarea") || tag.equals("input")
                && TEXT_INPUT_TYPES.contains(attribute("type").orElse("text").toLowerCase(java.util.Locale.ROOT));
    }

    /** A button that submits its form: {@code <button>} without another type, {@code input type=submit|image}. */
    public boolean isSubmitButton() {
        String tag = tagName == null ? "" : tagName.toLowerCase(java.util.Locale.ROOT);
        String kind = attribute("type").orElse(tag.equals("button") ? "submit" : "").toLowerCase(java.util.Locale.ROOT);
        return (tag.equals("button") || tag.equals("input")) && (kind.equals("submit") || kind.equals("image"));
    }

    private static final java.util.Set<String> TEXT_INPUT_TYPES = java.util.Set.of("text", "email", "password",
            "search", "tel", "url", "number", "date", "datetime-local", "time", "month", "week", "color", "range");

    static DomNode of(MirrorNode node) {
        return new DomNode(node.id, node.type, node.tagName, new java.util.LinkedHashMap<>(node.attributes),
                node.text, node.parent == null ? null : node.parent.id,
                node.children.stream().map(child -> child.id).toList(), node.value, node.checked);
    }
}
