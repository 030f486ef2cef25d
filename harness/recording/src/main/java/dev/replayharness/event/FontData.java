package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A web font loaded through the FontFace API (source 10); descriptors stay in {@code raw}.
 *
 * @param family     the font family, or null
 * @param fontSource a URL, or the font data when {@code buffer} is true; null when absent
 * @param buffer     true when {@code fontSource} holds the font's bytes rather than a URL
 * @param raw        the data as given
 */
public record FontData(String family, String fontSource, boolean buffer, JsonNode raw) implements IncrementalData {

    public FontData {
        Objects.requireNonNull(raw, "raw");
    }

    static FontData parse(JsonNode data) {
        return new FontData(Json.text(data, "family"), Json.text(data, "fontSource"), Json.flag(data, "buffer"), data);
    }
}
