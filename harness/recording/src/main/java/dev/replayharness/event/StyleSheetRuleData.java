package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * CSSOM rule changes on a style sheet (source 8): inserted rules, or a whole-sheet replace. Indexes (which can
 * be nested for grouping rules) and removals stay in {@code raw}.
 *
 * @param id          the owning {@code <style>}/{@code <link>} node id, or null for an adopted sheet
 * @param styleId     the adopted style sheet's id, or null for a node's sheet
 * @param addedRules  the CSS text of each inserted rule
 * @param replace     the text given to {@code CSSStyleSheet.replace}, or null
 * @param replaceSync the text given to {@code CSSStyleSheet.replaceSync}, or null
 * @param raw         the data as given
 */
public record StyleSheetRuleData(Integer id, Integer styleId, List<String> addedRules, String replace,
                                 String replaceSync, JsonNode raw) implements IncrementalData {

    public StyleSheetRuleData {
        addedRules = List.copyOf(addedRules);
        Objects.requireNonNull(raw, "raw");
    }

    static StyleSheetRuleData parse(JsonNode data) {
        return new StyleSheetRuleData(Json.intOrNull(data, "id"), Json.intOrNull(data, "styleId"),
                Json.list(data, "adds", add -> Json.text(add, "rule")),
                Json.text(data, "replace"), Json.text(data, "replaceSync"), data);
    }
}
