package dev.replayharness.event;

/** A comment; kept because sibling positions (nextId / previousId in mutations) count it. */
public record CommentNode(int id, String textContent) implements SerializedNode {
}
