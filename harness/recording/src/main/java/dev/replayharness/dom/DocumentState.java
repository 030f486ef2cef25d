package dev.replayharness.dom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.event.AdoptedStyleSheetData;
import dev.replayharness.event.CustomElementData;
import dev.replayharness.event.DocumentNode;
import dev.replayharness.event.DocumentTypeNode;
import dev.replayharness.event.ElementNode;
import dev.replayharness.event.FullSnapshot;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.InputData;
import dev.replayharness.event.MediaInteractionData;
import dev.replayharness.event.Meta;
import dev.replayharness.event.MutationData;
import dev.replayharness.event.NodeType;
import dev.replayharness.event.ScrollData;
import dev.replayharness.event.SerializedNode;
import dev.replayharness.event.StyleDeclarationData;
import dev.replayharness.event.StyleSheetRuleData;
import dev.replayharness.event.TextNode;
import dev.replayharness.event.ViewportResizeData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The DOM of one window as events shape it: full snapshots reset it, mutations, inputs, scrolls, resizes and
 * style-sheet changes update it. What cannot be applied becomes a warning; the rest goes on, as rrweb's player
 * does.
 */
final class DocumentState {

    final Map<Integer, MirrorNode> nodes = new HashMap<>();
    /** Constructed style sheets by rrweb style id. */
    final Map<Integer, CssSheet> constructedSheets = new HashMap<>();
    /** Custom element names defined while recording. */
    final Set<String> customElements = new LinkedHashSet<>();
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
        constructedSheets.forEach((id, sheet) -> copy.constructedSheets.put(id, sheet.copy()));
        copy.customElements.addAll(customElements);
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
                case STYLE_SHEET_RULE -> sheetRules((StyleSheetRuleData) incremental.data(), warn);
                case STYLE_DECLARATION -> declaration((StyleDeclarationData) incremental.data(), warn);
                case ADOPTED_STYLE_SHEET -> adopt((AdoptedStyleSheetData) incremental.data(), warn);
                case MEDIA_INTERACTION -> media((MediaInteractionData) incremental.data(), warn);
                case CUSTOM_ELEMENT -> {
                    String name = ((CustomElementData) incremental.data()).definedName();
                    if (name != null) {
                        customElements.add(name);
                    }
                }
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
        constructedSheets.clear();
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
        if (node.inShadow && parent != null) {
            parent.shadowHost = true; // a shadow root attached after the snapshot only shows in its children
        }
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
            MirrorNode parent = node.parent;
            node.detach();
            forget(node);
            resetSheetOf(parent);
        }
        addAll(mutation.adds(), warn);
        for (MutationData.TextChange change : mutation.texts()) {
            MirrorNode node = nodes.get(change.id());
            if (node == null) {
                warn.accept("text change of node " + change.id() + ": no such node");
            } else {
                node.text = change.value();
                resetSheetOf(node.parent);
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
                    resetSheetOf(parent);
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

    /** Declarations of a style attribute or rule body; semicolons inside strings and parentheses do not split. */
    static Map<String, String> parseStyle(String style) {
        Map<String, String> properties = new LinkedHashMap<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int position = 0; position < style.length(); position++) {
            char c = style.charAt(position);
            if (quote != 0) {
                if (c == '\\') {
                    position++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ';' && depth == 0) {
                declaration(style.substring(start, position), properties);
                start = position + 1;
            }
        }
        declaration(style.substring(Math.min(start, style.length())), properties);
        return properties;
    }

    private static void declaration(String declaration, Map<String, String> properties) {
        int colon = declaration.indexOf(':');
        if (colon > 0) {
            properties.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
        }
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

    /** A style element whose text changes gets a fresh sheet from that text, as in a browser. */
    private static void resetSheetOf(MirrorNode node) {
        if (node != null && node.sheet != null && "style".equalsIgnoreCase(node.tagName)) {
            node.sheet = null;
        }
    }

    /** In rrweb's replay order: inserts, then deletes, then a whole-sheet replace. */
    private void sheetRules(StyleSheetRuleData change, Consumer<String> warn) {
        CssSheet sheet = sheetOf(change.id(), change.styleId(), "style sheet change", warn);
        if (sheet == null) {
            return;
        }
        for (JsonNode add : change.raw().path("adds")) {
            if (!sheet.insert(add.path("index"), add.path("rule").asText(""))) {
                warn.accept("style sheet change: no grouping rule at " + add.path("index") + " to insert into");
            }
        }
        for (JsonNode remove : change.raw().path("removes")) {
            if (!sheet.remove(remove.path("index"))) {
                warn.accept("style sheet change: no rule at " + remove.path("index") + " to remove");
            }
        }
        String replacement = change.replace() != null ? change.replace() : change.replaceSync();
        if (replacement != null) {
            if (change.id() != null) {
                nodes.get(change.id()).sheet = CssSheet.parse(replacement);
            } else {
                constructedSheets.put(change.styleId(), CssSheet.parse(replacement));
            }
        }
    }

    private void declaration(StyleDeclarationData change, Consumer<String> warn) {
        CssSheet sheet = sheetOf(change.id(), change.styleId(), "style declaration change", warn);
        if (sheet == null) {
            return;
        }
        String property = change.setProperty() != null ? change.setProperty() : change.removeProperty();
        String priority = change.raw().path("set").path("priority").asText("");
        if (!sheet.declare(change.raw().path("index"), property, change.setValue(), priority)) {
            warn.accept("style declaration change: no style rule at " + change.raw().path("index"));
        }
    }

    /** The sheet a CSSOM change addresses: a node's (made from its text on first change) or a constructed one. */
    private CssSheet sheetOf(Integer id, Integer styleId, String what, Consumer<String> warn) {
        if (id != null) {
            MirrorNode node = nodes.get(id);
            if (node == null) {
                warn.accept(what + " of node " + id + ": no such node");
                return null;
            }
            if (node.sheet == null) {
                String css = node.attributes.get("_cssText");
                node.sheet = CssSheet.parse(css != null ? css : textOf(node));
            }
            return node.sheet;
        }
        if (styleId != null) {
            return constructedSheets.computeIfAbsent(styleId, ignored -> CssSheet.parse(""));
        }
        warn.accept(what + " names neither a node nor a constructed sheet: ignored");
        return null;
    }

    private void adopt(AdoptedStyleSheetData adoption, Consumer<String> warn) {
        for (JsonNode style : adoption.raw().path("styles")) {
            CssSheet sheet = CssSheet.parse("");
            for (JsonNode rule : style.path("rules")) {
                sheet.insert(rule.has("index") ? rule.get("index") : null, rule.path("rule").asText(""));
            }
            constructedSheets.put(style.path("styleId").asInt(), sheet);
        }
        MirrorNode host = nodes.get(adoption.id());
        if (host == null) {
            warn.accept("adopted style sheets for node " + adoption.id() + ": no such node");
            return;
        }
        host.adoptedSheets = List.copyOf(adoption.styleIds());
    }

    private void media(MediaInteractionData interaction, Consumer<String> warn) {
        MirrorNode node = nodes.get(interaction.id());
        if (node == null) {
            warn.accept("media interaction on node " + interaction.id() + ": no such node");
            return;
        }
        // The same pseudo-attributes rrweb's snapshot writes, so a moment reads alike from either source.
        switch (interaction.typeCode()) {
            case 0 -> node.attributes.put("rr_mediaState", "played");
            case 1 -> node.attributes.put("rr_mediaState", "paused");
            default -> { }
        }
        putNumber(node, "rr_mediaCurrentTime", interaction.currentTime());
        putNumber(node, "rr_mediaVolume", interaction.volume());
        putNumber(node, "rr_mediaPlaybackRate", interaction.playbackRate());
        if (interaction.muted() != null) {
            node.attributes.put("rr_mediaMuted", interaction.muted().toString());
        }
        if (interaction.loop() != null) {
            node.attributes.put("rr_mediaLoop", interaction.loop().toString());
        }
    }

    private static void putNumber(MirrorNode node, String attribute, Double value) {
        if (value != null) {
            node.attributes.put(attribute, value.toString());
        }
    }

    static String textOf(MirrorNode node) {
        StringBuilder text = new StringBuilder();
        for (MirrorNode child : node.children) {
            if (child.type == NodeType.TEXT && child.text != null) {
                text.append(child.text);
            }
        }
        return text.toString();
    }
}
