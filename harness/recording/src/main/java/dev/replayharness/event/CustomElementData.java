package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A custom element definition (source 16), recorded so replay can define a placeholder for the tag.
 *
 * @param definedName the name passed to {@code customElements.define}, or null when absent
 * @param raw         the data as given
 */
public record CustomElementData(String definedName, JsonNode raw) implements IncrementalData {

    public CustomElementData {
        Objects.requireNonNull(raw, "raw");
    }

    static CustomElementData parse(JsonNode data) {
        return new CustomElementData(Json.text(data.path("define"), "name"), data);
    }
}
