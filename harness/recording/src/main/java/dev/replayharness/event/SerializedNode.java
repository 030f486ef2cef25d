package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/** A DOM node as rrweb-snapshot serializes it (same shapes in rrweb 1.x and 2.x); {@code id} is rrweb's mirror id. */
public sealed interface SerializedNode
        permits DocumentNode, DocumentTypeNode, ElementNode, TextNode, CDataNode, CommentNode, UnknownNode {

    /** The id rrweb gives the node; mutations and interactions refer to nodes by it. */
    int id();

    /** Child nodes in document order; empty for node types that have none. */
    default List<SerializedNode> childNodes() {
        return List.of();
    }

    /**
     * Reads a node and, recursively, its children. Optional fields read as null / false / empty.
     *
     * @throws IllegalArgumentException when this node or a descendant is not an object or has no integer
     *                                  {@code type} or {@code id}; the message names the field
     */
    static SerializedNode of(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("serialized node must be a JSON object but found " + Json.excerpt(json));
        }
        int type = Json.requireInt(json, "type", "serialized node");
        int id = Json.requireInt(json, "id", "serialized node");
        Optional<NodeType> known = NodeType.fromCode(type);
        if (known.isEmpty()) {
            return new UnknownNode(id, type, json);
        }
        return switch (known.get()) {
            case DOCUMENT -> new DocumentNode(id, children(json), Json.text(json, "compatMode"));
            case DOCUMENT_TYPE -> new DocumentTypeNode(id, Json.text(json, "name"), Json.text(json, "publicId"),
                    Json.text(json, "systemId"));
            case ELEMENT -> new ElementNode(id, Json.text(json, "tagName"), Json.members(json, "attributes"),
                    children(json), Json.flag(json, "isSVG"), Json.flag(json, "needBlock"),
                    Json.flag(json, "isCustom"), Json.flag(json, "isShadowHost"), Json.flag(json, "isShadow"),
                    Json.intOrNull(json, "rootId"));
            case TEXT -> new TextNode(id, Json.text(json, "textContent"), Json.flag(json, "isStyle"));
            case CDATA -> new CDataNode(id);
            case COMMENT -> new CommentNode(id, Json.text(json, "textContent"));
        };
    }

    private static List<SerializedNode> children(JsonNode json) {
        return Json.list(json, "childNodes", SerializedNode::of);
    }
}
