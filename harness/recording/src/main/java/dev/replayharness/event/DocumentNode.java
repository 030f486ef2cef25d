package dev.replayharness.event;

import java.util.List;

/**
 * The document root.
 *
 * @param compatMode "CSS1Compat" or "BackCompat" (quirks mode changes layout on replay); null when absent
 */
public record DocumentNode(int id, List<SerializedNode> childNodes, String compatMode) implements SerializedNode {

    public DocumentNode {
        childNodes = List.copyOf(childNodes);
    }
}
