package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * An element.
 *
 * @param tagName      the tag name as recorded (lower case for HTML), or null when absent
 * @param attributes   attributes in recorded order; values are a string, number, {@code true} or JSON null, and
 *                     rrweb adds pseudo-attributes such as {@code _cssText} or {@code rr_width}
 * @param isSVG        the element is in the SVG namespace, so it must be created with createElementNS
 * @param needBlock    the recorder blocked its content (privacy); replay shows a placeholder of the same size
 * @param isCustom     a custom element (its definition arrives as a {@link CustomElementData})
 * @param isShadowHost the element hosts a shadow root, whose children are marked {@code isShadow}
 * @param isShadow     the node lives in its parent's shadow root
 * @param rootId       the id of the document it belongs to when inside an iframe, or null
 */
public record ElementNode(int id, String tagName, Map<String, JsonNode> attributes, List<SerializedNode> childNodes,
                          boolean isSVG, boolean needBlock, boolean isCustom, boolean isShadowHost, boolean isShadow,
                          Integer rootId) implements SerializedNode {

    public ElementNode {
        attributes = Json.orderedCopy(attributes);
        childNodes = List.copyOf(childNodes);
    }
}
