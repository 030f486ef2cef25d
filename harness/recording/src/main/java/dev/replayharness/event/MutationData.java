package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * A batch of DOM mutations (source 0). rrweb's replayer applies removes, then adds, then texts, then attributes.
 *
 * @param isAttachIframe the batch attaches an iframe's document rather than changing the page
 */
public record MutationData(List<TextChange> texts, List<AttributeChange> attributes, List<NodeRemoval> removes,
                           List<NodeAddition> adds, boolean isAttachIframe) implements IncrementalData {

    public MutationData {
        texts = List.copyOf(texts);
        attributes = List.copyOf(attributes);
        removes = List.copyOf(removes);
        adds = List.copyOf(adds);
    }

    static MutationData parse(JsonNode data) {
        return new MutationData(Json.list(data, "texts", TextChange::parse),
                Json.list(data, "attributes", AttributeChange::parse), Json.list(data, "removes", NodeRemoval::parse),
                Json.list(data, "adds", NodeAddition::parse), Json.flag(data, "isAttachIframe"));
    }

    /** A text node's new content; {@code value} is null when the recorder wrote null. */
    public record TextChange(int id, String value) {

        static TextChange parse(JsonNode text) {
            return new TextChange(Json.requireInt(text, "id", "mutation text"), Json.text(text, "value"));
        }
    }

    /**
     * New attribute values of one element, in recorded order. A value is a string, JSON null (the attribute was
     * removed) or, for {@code style}, an object of changed properties ({@code "prop": "value" | ["value",
     * "important"] | false} for removed ones).
     */
    public record AttributeChange(int id, Map<String, JsonNode> attributes) {

        public AttributeChange {
            attributes = Json.orderedCopy(attributes);
        }

        static AttributeChange parse(JsonNode change) {
            return new AttributeChange(Json.requireInt(change, "id", "mutation attribute change"),
                    Json.members(change, "attributes"));
        }
    }

    /** Removal of node {@code id} from {@code parentId}; {@code isShadow} when it was in the parent's shadow root. */
    public record NodeRemoval(int parentId, int id, boolean isShadow) {

        static NodeRemoval parse(JsonNode removal) {
            return new NodeRemoval(Json.requireInt(removal, "parentId", "mutation remove"),
                    Json.requireInt(removal, "id", "mutation remove"), Json.flag(removal, "isShadow"));
        }
    }

    /**
     * Insertion of {@code node} under {@code parentId}, before {@code nextId}; a null {@code nextId} means "append
     * as last child". {@code previousId} is optional and null when absent.
     */
    public record NodeAddition(int parentId, Integer nextId, Integer previousId, SerializedNode node) {

        static NodeAddition parse(JsonNode addition) {
            String what = "mutation add";
            return new NodeAddition(Json.requireInt(addition, "parentId", what), Json.intOrNull(addition, "nextId"),
                    Json.intOrNull(addition, "previousId"),
                    SerializedNode.of(Json.requireObject(addition, "node", what)));
        }
    }
}
