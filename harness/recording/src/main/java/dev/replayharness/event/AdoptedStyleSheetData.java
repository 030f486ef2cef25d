package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * The constructed style sheets adopted by document or shadow root {@code id} (source 15); the sheets' first-time
 * rules ({@code styles}) stay in {@code raw}.
 *
 * @param styleIds the adopted sheets in order, by rrweb style id
 * @param raw      the data as given
 */
public record AdoptedStyleSheetData(int id, List<Integer> styleIds, JsonNode raw) implements IncrementalData {

    public AdoptedStyleSheetData {
        styleIds = List.copyOf(styleIds);
        Objects.requireNonNull(raw, "raw");
    }

    static AdoptedStyleSheetData parse(JsonNode data) {
        return new AdoptedStyleSheetData(Json.requireInt(data, "id", "adopted style sheet data"),
                Json.list(data, "styleIds", id -> id.isNumber() && id.canConvertToInt() ? id.intValue() : null), data);
    }
}
