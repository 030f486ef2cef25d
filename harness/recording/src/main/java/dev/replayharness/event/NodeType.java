package dev.replayharness.event;

import java.util.Optional;

/** The kind of a serialized DOM node ({@code node.type}), with the numbers rrweb-snapshot writes. */
public enum NodeType {
    DOCUMENT(0),
    DOCUMENT_TYPE(1),
    ELEMENT(2),
    TEXT(3),
    CDATA(4),
    COMMENT(5);

    private static final NodeType[] VALUES = values();
    private final int code;

    NodeType(int code) {
        this.code = code;
    }

    /** The number rrweb-snapshot writes for this node type. */
    public int code() {
        return code;
    }

    /** The node type with this code, or empty for a code this harness does not know. */
    public static Optional<NodeType> fromCode(int code) {
        return Codes.find(VALUES, NodeType::code, code);
    }
}
