package dev.replayharness.dom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.event.DocumentNode;
import dev.replayharness.event.DocumentTypeNode;
import dev.replayharness.event.ElementNode;
import dev.replayharness.event.FullSnapshot;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.InputData;
import dev.replayharness.event.Meta;
import dev.replayharness.event.MutationData;
import dev.replayharness.event.NodeType;
import dev.replayharness.event.ScrollData;
import dev.replayharness.event.SerializedNode;
import dev.replayharness.event.StyleSheetRuleData;
import dev.replayharness.event.TextNode;
import dev.replayharness.event.ViewportResizeData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The DOM of one window as events shape it: full snapshots reset it, mutations, inputs, scrolls, resizes and
 * style-sheet changes update it. What cannot be applied becomes a warning; the rest goes on, as rrweb's player
 * does.
 */
final class DocumentState {

    final Map<Integer, MirrorNode> nodes = new HashMap<>();
    MirrorNode document;
    String url;
    int viewportWidth;
    int viewportHeight;
    double scrollX;
    double scrollY;

    DocumentState copy() {
        DocumentState copy = new DocumentState();
        copy.document = document == null ? null : document.copy(copy.nodes);
        // Nodes removed from the tree but still referenced are gone in rrweb too: only the tree is copied.
        copy.url = url;
        copy.viewportWidth = viewportWidth;
        copy.viewportHeight = viewportHeight;
        copy.scrollX = scrollX;
        copy.scrollY = scrollY;
        return copy;
    }

    void apply(RecordedEvent recorded, Consumer<String> warn) {
        var event = recorded.event();
        if (event instanceof Meta meta) {
            url = meta.href();
            viewportWidth = meta.width();
            viewportHeight = meta.height();
        } else if (event instanceof FullSnapshot snapshot) {
            snapshot(snapshot, warn);
        } else if (event instanceof Incremental incremental && incremental.source().isPresent()) {
            if (document == null) {
                warn.accept(incremental.source().get() + " before any full snapshot: ignored");
                return;
            }
            switch (incremental.source().get()) {
                case MUTATION -> mutate((MutationData) incremental.data(), warn);
                case INPUT -> input((InputData) incremental.data(), warn);
                case SCROLL -> scroll((ScrollData) incremental.data(), warn);
                case VIEWPORT_RESIZE -> {
                    ViewportResizeData resize = (ViewportResizeData) incremental.data();
                    viewportWidth = resize.width();
                    viewportHeight = resize.height();
                }
                case STYLE_SHEET_RULE -> sheetRules((StyleSheetRuleData) incremental.data(), incremental.raw(), warn);
                default -> { }
            }
        }
    }

    private void snapshot(FullSnapshot snapshot, Consumer<String> warn) {
        if (snapshot.node().isEmpty()) {
            warn.accept("a full snapshot without a DOM node (a mobile recording?): not mirrored");
            return;
        }
        nodes.clear();
        document = build(snapshot.node().get(), null, warn);
        scrollX = snapshot.initialOffsetLeft();
        scrollY = snapshot.initialOffsetTop();
    }

    private MirrorNode build(SerializedNode serialized, MirrorNode parent, Consumer<String> warn) {
        MirrorNode node;
        if (serialized instanceof ElementNode element) {
            node = new MirrorNode(element.id(), NodeType.ELEMENT, element.tagName());
            element.attributes().forEach((name, value) -> {
                if (!value.isNull()) {
                    node.attributes.put(name, value.isTextual() ? value.asText() : value.toString());
                }
            });
            node.svg = element.isSVG();
            node.shadowHost = element.isShadowHost();
            node.inShadow = element.isShadow();
            node.blocked = element.needBlock();
        } else if (serialized instanceof TextNode text) {
            node = new MirrorNode(text.id(), NodeType.TEXT, null);
            node.text = text.textContent();
        } else if (serialized instanceof DocumentTypeNode doctype) {
            node = new MirrorNode(doctype.id(), NodeType.DOCUMENT_TYPE, doctype.name());
        } else if (serialized instanceof DocumentNode) {
            node = new MirrorNode(serialized.id(), NodeType.DOCUMENT, null);
        } else if (serialized instanceof dev.replayharness.event.CommentNode comment) {
            node = new MirrorNode(comment.id(), NodeType.COMMENT, null);
            node.text = comment.textContent();
        } else if (serialized instanceof dev.replayharness.event.CDataNode) {
            node = new MirrorNode(serialized.id(), NodeType.CDATA, null);
            node.text = "";
        } else {
            warn.accept("node " + serialized.id() + " has an unknown type: left out");
            return null;
        }
        MirrorNode existing = nodes.get(node.id);
        if (existing != null) {
            existing.detach();
        }
        nodes.put(node.id, node);
        node.parent = parent;
        for (SerializedNode child : serialized.childNodes()) {
            MirrorNode built = build(child, node, warn);
            if (built != null) {
                node.children.add(built);
            }
        }
        return node;
    }

    private void mutate(MutationData mutation, Consumer<String> warn) {
        for (MutationData.NodeRemoval removal : mutation.removes()) {
            MirrorNode node = nodes.get(removal.id());
            if (node == null) {
                warn.accept("remove of node " + removal.id() + " from " + removal.parentId() + ": no such node");
                continue;
            }
            node.detach();
            forget(node);
        }
        addAll(mutation.adds(), warn);
        for (MutationData.TextChange change : mutation.texts()) {
            MirrorNode node = nodes.get(change.id());
            if (node == null) {
                warn.accept("text change of node " + change.id() + ": no such node");
            } else {
                node.text = change.value();
            }
        }
        for (MutationData.AttributeChange change : mutation.attributes()) {
            MirrorNode node = nodes.get(change.id());
            if (node == null) {
                warn.accept("attribute change of node " + change.id() + ": no such node");
                continue;
            }
            change.attributes().forEach((name, value) -> setAttribute(node, name, value));
        }
    }

    /**
     * Adds wait for their parent and next sibling, which may come later in the same batch; what still waits
     * when no add makes progress refers to nothing.
     */
    private void addAll(List<MutationData.NodeAddition> adds, Consumer<String> warn) {
        List<MutationData.NodeAddition> waiting = new ArrayList<>(adds);
        boolean progress = true;
        while (!waiting.isEmpty() && progress) {
            progress = false;
            for (var iterator = waiting.iterator(); iterator.hasNext(); ) {
                MutationData.NodeAddition add = iterator.next();
                MirrorNode parent = nodes.get(add.parentId());
                MirrorNode next = add.nextId() == null ? null : nodes.get(add.nextId());
                if (parent == null || (add.nextId() != null && next == null)) {
                    continue;
                }
                MirrorNode node = build(add.node(), parent, warn);
                if (node != null) {
                    int at = next != null && next.parent == parent ? parent.children.indexOf(next) : parent.children.size();
                    parent.children.add(at, node);
                }
                iterator.remove();
                progress = true;
            }
        }
        for (MutationData.NodeAddition add : waiting) {
            warn.accept("add of node " + add.node().id() + " under " + add.parentId()
                    + (nodes.containsKey(add.parentId()) ? " before " + add.nextId() + ": no such next sibling"
                    : ": no such parent"));
        }
    }

    private void forget(MirrorNode node) {
        nodes.remove(node.id, node);
        for (MirrorNode child : node.children) {
            forget(child);
        }
    }

    private static void setAttribute(MirrorNode node, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            node.attributes.remove(name);
        } else if (value.isObject() && name.equals("style")) {
            Map<String, String> style = parseStyle(node.attributes.getOrDefault("style", ""));
            value.fields().forEachRemaining(property -> {
                JsonNode v = property.getValue();
                if (v.isBoolean() && !v.asBoolean() || v.isNull()) {
                    style.remove(property.getKey());
                } else if (v.isArray()) {
                    style.put(property.getKey(), v.get(0).asText() + (v.size() > 1 && !v.get(1).asText().isEmpty()
                            ? " !" + v.get(1).asText() : ""));
                } else {
                    style.put(property.getKey(), v.asText());
                }
            });
            node.attributes.put("style", formatStyle(style));
        } else {
            node.attributes.put(name, value.isTextual() ? value.asText() : value.toString());
        }
    }

    static Map<String, String> parseStyle(String style) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                properties.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
            }
        }
        return properties;
    }

    private static String formatStyle(Map<String, String> style) {
        StringBuilder text = new StringBuilder();
        style.forEach((property, value) -> text.append(property).append(": ").append(value).append("; "));
        return text.toString().trim();
    }

    private void input(InputData input, Consumer<String> warn) {
        MirrorNode node = nodes.get(input.id());
        if (node == null) {
            warn.accept("input into node " + input.id() + ": no such node");
            return;
        }
        node.value = input.text();
        String type = node.attributes.getOrDefault("type", "");
        if (type.equals("checkbox") || type.equals("radio")) {
            node.checked = input.isChecked();
        }
    }

    private void scroll(ScrollData scroll, Consumer<String> warn) {
        MirrorNode node = nodes.get(scroll.id());
        if (node == null) {
            warn.accept("scroll of node " + scroll.id() + ": no such node");
        } else if (node == document) {
            scrollX = scroll.x();
            scrollY = scroll.y();
        } else {
            node.scrollX = scroll.x();
            node.scrollY = scroll.y();
        }
    }

    private void sheetRules(StyleSheetRuleData rules, JsonNode raw, Consumer<String> warn) {
        if (rules.id() == null) {
            return; // adopted or constructed sheets are identified by styleId; rebuilt from raw later
        }
        MirrorNode node = nodes.get(rules.id());
        if (node == null) {
            warn.accept("style sheet change of node " + rules.id() + ": no such node");
            return;
        }
        if (node.sheetRules == null) {
            node.sheetRules = new ArrayList<>();
        }
        JsonNode data = raw.path("data");
        for (JsonNode add : data.path("adds")) {
            String rule = add.path("rule").asText();
            int index = add.path("index").isInt() ? add.get("index").asInt() : node.sheetRules.size();
            node.sheetRules.add(Math.max(0, Math.min(index, node.sheetRules.size())), rule);
        }
        for (JsonNode remove : data.path("removes")) {
            int index = remove.path("index").asInt(-1);
            if (index >= 0 && index < node.sheetRules.size()) {
                node.sheetRules.remove(index);
            }
        }
    }
}
