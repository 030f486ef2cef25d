package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** The typed {@code data} of an {@link Incremental} event, one record per source. */
public sealed interface IncrementalData
        permits MutationData, MouseMoveData, MouseInteractionData, ScrollData, ViewportResizeData, InputData,
        MediaInteractionData, StyleSheetRuleData, CanvasMutationData, FontData, LogData, StyleDeclarationData,
        SelectionData, AdoptedStyleSheetData, CustomElementData, OtherIncrementalData {

    /**
     * Types incremental data by source code; unknown sources become {@link OtherIncrementalData}.
     *
     * @throws IllegalArgumentException when a field the source cannot do without (an id, a position) is missing
     */
    static IncrementalData of(int sourceCode, JsonNode data) {
        Optional<IncrementalSource> known = IncrementalSource.fromCode(sourceCode);
        if (known.isEmpty()) {
            return new OtherIncrementalData(sourceCode, data);
        }
        IncrementalSource source = known.get();
        return switch (source) {
            case MUTATION -> MutationData.parse(data);
            case MOUSE_MOVE, TOUCH_MOVE, DRAG -> MouseMoveData.parse(source, data);
            case MOUSE_INTERACTION -> MouseInteractionData.parse(data);
            case SCROLL -> ScrollData.parse(data);
            case VIEWPORT_RESIZE -> ViewportResizeData.parse(data);
            case INPUT -> InputData.parse(data);
            case MEDIA_INTERACTION -> MediaInteractionData.parse(data);
            case STYLE_SHEET_RULE -> StyleSheetRuleData.parse(data);
            case CANVAS_MUTATION -> CanvasMutationData.parse(data);
            case FONT -> FontData.parse(data);
            case LOG -> LogData.parse(data);
            case STYLE_DECLARATION -> StyleDeclarationData.parse(data);
            case SELECTION -> SelectionData.parse(data);
            case ADOPTED_STYLE_SHEET -> AdoptedStyleSheetData.parse(data);
            case CUSTOM_ELEMENT -> CustomElementData.parse(data);
        };
    }
}
