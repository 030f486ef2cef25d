package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * Page metadata (type 4), written before each full snapshot: the URL and viewport size to replay in.
 *
 * @param href   the page URL, or null when absent
 * @param width  the viewport width in CSS pixels, 0 when absent
 * @param height the viewport height in CSS pixels, 0 when absent
 */
public record Meta(long timestamp, String href, int width, int height, JsonNode raw) implements RrwebEvent {

    public Meta {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.META.code();
    }
}
