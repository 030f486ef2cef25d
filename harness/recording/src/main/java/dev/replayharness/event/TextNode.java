package dev.replayharness.event;

/**
 * A text node.
 *
 * @param textContent the text, or null when absent
 * @param isStyle     the text is the CSS inside a {@code <style>} element, which replay may need to adapt
 */
public record TextNode(int id, String textContent, boolean isStyle) implements SerializedNode {
}
