package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;
import java.util.Optional;

/**
 * A full DOM snapshot (type 2). The node tree is parsed on each call to {@link #node()}, not held, because
 * snapshots are by far the largest events.
 */
public record FullSnapshot(long timestamp, JsonNode raw) implements RrwebEvent {

    public FullSnapshot {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.FULL_SNAPSHOT.code();
    }

    /**
     * The serialized document, or empty when there is none (mobile recordings carry wireframes instead).
     *
     * @throws IllegalArgumentException when a node in the tree has no integer {@code type} or {@code id}
     */
    public Optional<SerializedNode> node() {
        JsonNode node = Json.value(raw.path("data"), "node");
        return node == null ? Optional.empty() : Optional.of(SerializedNode.of(node));
    }

    /** Horizontal page scroll when the snapshot was taken; 0 when absent. */
    public int initialOffsetLeft() {
        return Json.intOr(raw.path("data").path("initialOffset"), "left", 0);
    }

    /** Vertical page scroll when the snapshot was taken; 0 when absent. */
    public int initialOffsetTop() {
        return Json.intOr(raw.path("data").path("initialOffset"), "top", 0);
    }

    /** True for PostHog mobile recordings, whose snapshots hold {@code data.wireframes} rather than a DOM. */
    public boolean isMobile() {
        return raw.path("data").has("wireframes");
    }
}
