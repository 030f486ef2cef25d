package dev.replayharness.dom;

import dev.replayharness.event.NodeType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One node of the mirrored DOM: mutable while events are applied, copied for checkpoints. */
final class MirrorNode {

    final int id;
    final NodeType type;
    final String tagName;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<MirrorNode> children = new ArrayList<>();
    MirrorNode parent;
    String text;
    boolean svg;
    boolean shadowHost;
    /** The node lives in its parent's shadow root. */
    boolean inShadow;
    /** The recorder blocked its content (privacy); it replays as a placeholder box. */
    boolean blocked;
    /** Live input state, which attributes do not carry. */
    String value;
    Boolean checked;
    double scrollX;
    double scrollY;
    /** The element's style sheet once CSSOM changes touched it; until then its text is the sheet. */
    CssSheet sheet;
    /** Constructed sheets adopted by this document or shadow host, by rrweb style id, in order. */
    List<Integer> adoptedSheets;

    MirrorNode(int id, NodeType type, String tagName) {
        this.id = id;
        this.type = type;
        this.tagName = tagName;
    }

    /** A deep copy of this subtree, registering every copied node. */
    MirrorNode copy(Map<Integer, MirrorNode> registry) {
        MirrorNode copy = new MirrorNode(id, type, tagName);
        copy.attributes.putAll(attributes);
        copy.text = text;
        copy.svg = svg;
        copy.shadowHost = shadowHost;
        copy.inShadow = inShadow;
        copy.blocked = blocked;
        copy.value = value;
        copy.checked = checked;
        copy.scrollX = scrollX;
        copy.scrollY = scrollY;
        copy.sheet = sheet == null ? null : sheet.copy();
        copy.adoptedSheets = adoptedSheets;
        registry.put(id, copy);
        for (MirrorNode child : children) {
            MirrorNode childCopy = child.copy(registry);
            childCopy.parent = copy;
            copy.children.add(childCopy);
        }
        return copy;
    }

    void detach() {
        if (parent != null) {
            parent.children.remove(this);
            parent = null;
        }
    }

    boolean isElement() {
        return type == NodeType.ELEMENT;
    }
}
