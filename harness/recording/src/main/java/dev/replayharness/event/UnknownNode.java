package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/** A node whose type code this harness does not know; kept whole rather than failing the snapshot. */
public record UnknownNode(int id, int typeCode, JsonNode raw) implements SerializedNode {

    public UnknownNode {
        Objects.requireNonNull(raw, "raw");
    }
}
