package dev.replayharness.event;

/** A {@code <!DOCTYPE>}; its presence and ids decide standards vs quirks mode on replay. Absent fields read as null. */
public record DocumentTypeNode(int id, String name, String publicId, String systemId) implements SerializedNode {
}
