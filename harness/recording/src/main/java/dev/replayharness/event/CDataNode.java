package dev.replayharness.event;

/** A CDATA section; rrweb always records its content as empty, so only the id matters. */
public record CDataNode(int id) implements SerializedNode {
}
