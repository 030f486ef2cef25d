package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * An application-defined event (type 5), such as PostHog's {@code $pageview} or {@code $posthog_config} markers.
 *
 * @param tag the {@code data.tag}, or null when absent
 */
public record Custom(long timestamp, String tag, JsonNode raw) implements RrwebEvent {

    public Custom {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.CUSTOM.code();
    }

    /**
     * The address a {@code $pageview} reports, from {@code data.payload.href} (PostHog's recorder) or
     * {@code payload.href} (as some exports flatten it); empty when absent.
     */
    public java.util.Optional<String> pageviewHref() {
        String href = payload().path("href").asText(null);
        if (href == null) {
            href = raw.path("payload").path("href").asText(null);
        }
        return java.util.Optional.ofNullable(href);
    }

    /** The {@code data.payload} as given; a missing node ({@link JsonNode#isMissingNode()}) when absent. */
    public JsonNode payload() {
        return raw.path("data").path("payload");
    }
}
