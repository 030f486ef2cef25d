package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A change to one declaration of a CSSOM style rule (source 13): a property set or removed. The rule's index
 * path and the priority stay in {@code raw}.
 *
 * @param id             the owning node id, or null for an adopted sheet
 * @param styleId        the adopted style sheet's id, or null
 * @param setProperty    the property set, or null when this is a removal
 * @param setValue       the value set, or null
 * @param removeProperty the property removed, or null when this is a set
 * @param raw            the data as given
 */
public record StyleDeclarationData(Integer id, Integer styleId, String setProperty, String setValue,
                                   String removeProperty, JsonNode raw) implements IncrementalData {

    public StyleDeclarationData {
        Objects.requireNonNull(raw, "raw");
    }

    static StyleDeclarationData parse(JsonNode data) {
        JsonNode set = data.path("set");
        return new StyleDeclarationData(Json.intOrNull(data, "id"), Json.intOrNull(data, "styleId"),
                Json.text(set, "property"), Json.text(set, "value"), Json.text(data.path("remove"), "property"), data);
    }
}
