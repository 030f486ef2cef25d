package dev.replayharness.dom;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.event.NodeType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A window's page at one moment: its nodes, URL, viewport and scroll. A private copy: later queries on the
 * mirror never change it.
 */
public final class PageState {

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("script", "style");

    private final DocumentState state;
    private final RecordedEvent lastEvent;

    PageState(DocumentState state, RecordedEvent lastEvent) {
        this.state = state;
        this.lastEvent = lastEvent;
    }

    DocumentState state() {
        return state;
    }

    /** Whether a full snapshot has been applied: before it there is no page. */
    public boolean hasDocument() {
        return state.document != null;
    }

    /** The last event applied, if any. */
    public Optional<RecordedEvent> lastEvent() {
        return Optional.ofNullable(lastEvent);
    }

    /** The page URL from the latest Meta event, or null. */
    public String url() {
        return state.url;
    }

    public int viewportWidth() {
        return state.viewportWidth;
    }

    public int viewportHeight() {
        return state.viewportHeight;
    }

    public double scrollX() {
        return state.scrollX;
    }

    public double scrollY() {
        return state.scrollY;
    }

    /** How many nodes the page has. */
    public int nodeCount() {
        return state.nodes.size();
    }

    /** The node with this id, if it is in the page now. */
    public Optional<DomNode> node(int id) {
        return Optional.ofNullable(state.nodes.get(id)).map(DomNode::of);
    }

    /**
     * The node is a dialog, or holds one within {@code depth} levels: a {@code <dialog>}, role dialog or
     * alertdialog, or {@code aria-modal="true"}.
     */
    public boolean containsDialog(DomNode node, int depth) {
        if (node.type() != dev.replayharness.event.NodeType.ELEMENT) {
            return false;
        }
        String role = node.attribute("role").orElse("");
        if ("dialog".equalsIgnoreCase(node.tagName()) || role.equals("dialog") || role.equals("alertdialog")
                || node.attribute("aria-modal").filter("true"::equals).isPresent()) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (int childId : node.childIds()) {
            Optional<DomNode> child = node(childId);
            if (child.isPresent() && containsDialog(child.get(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The node itself (when it is in the page) and then its ancestors, nearest first. */
    public List<DomNode> selfAndAncestors(int id) {
        List<DomNode> chain = new ArrayList<>();
        node(id).ifPresent(chain::add);
        chain.addAll(ancestors(id));
        return chain;
    }

    /** The node's ancestors, nearest first, up to the document. */
    public List<DomNode> ancestors(int id) {
        List<DomNode> ancestors = new ArrayList<>();
        MirrorNode node = state.nodes.get(id);
        for (MirrorNode parent = node == null ? null : node.parent; parent != null; parent = parent.parent) {
            ancestors.add(DomNode.of(parent));
        }
        return ancestors;
    }

    /**
     * Every element of the page in document order, shadow trees included (Playwright's selectors pierce open
     * shadow roots); documents of iframes are left out, as a page-level selector does not reach them.
     */
    public List<DomNode> elements() {
        List<DomNode> elements = new ArrayList<>();
        if (state.document != null) {
            collectElements(state.document, elements);
        }
        return elements;
    }

    private static void collectElements(MirrorNode node, List<DomNode> elements) {
        for (MirrorNode child : node.children) {
            if (child.isElement()) {
                elements.add(DomNode.of(child));
                collectElements(child, elements);
            }
        }
    }

    /** The ARIA role of an element: explicit, else implied by its tag; empty for none or no such element. */
    public Optional<String> role(int id) {
        MirrorNode node = state.nodes.get(id);
        return node == null || !node.isElement() ? Optional.empty() : Optional.ofNullable(Roles.of(node));
    }

    /**
     * The node's text as a reader sees it in the markup: its text nodes joined by a space, white space collapsed,
     * the content of scripts, styles, {@code noscript} and templates left out.
     */
    public String readableText(int id) {
        MirrorNode node = state.nodes.get(id);
        StringBuilder text = new StringBuilder();
        if (node != null) {
            collectReadable(node, text);
        }
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    private static void collectReadable(MirrorNode node, StringBuilder text) {
        if (node.type == NodeType.TEXT && node.text != null) {
            text.append(' ').append(node.text); // words of neighbouring elements must not run together
        }
        if (node.isElement() && java.util.Set.of("script", "style", "noscript", "template")
                .contains(node.tagName.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        for (MirrorNode child : node.children) {
            collectReadable(child, text);
        }
    }

    /** The concatenated text of the node and everything under it, as {@code textContent} gives it. */
    public String textContent(int id) {
        MirrorNode node = state.nodes.get(id);
        StringBuilder text = new StringBuilder();
        if (node != null) {
            collectText(node, text);
        }
        return text.toString();
    }

    private static void collectText(MirrorNode node, StringBuilder text) {
        if (node.type == NodeType.TEXT && node.text != null) {
            text.append(node.text);
        }
        for (MirrorNode child : node.children) {
            collectText(child, text);
        }
    }

    /** The accessible name inputs of an element, when it is in the page. */
    public Optional<AccessibleName> accessibleName(int id) {
        MirrorNode node = state.nodes.get(id);
        if (node == null || !node.isElement()) {
            return Optional.empty();
        }
        String labelledBy = node.attributes.get("aria-labelledby") == null ? null
                : String.join(" ", java.util.Arrays.stream(node.attributes.get("aria-labelledby").trim().split("\\s+"))
                        .map(this::elementWithId).filter(java.util.Objects::nonNull).map(PageState::normalizedText)
                        .toList());
        List<String> labels = new ArrayList<>();
        String elementId = node.attributes.get("id");
        if (elementId != null) {
            query("label[for=\"" + elementId.replace("\"", "") + "\"]").forEach(label ->
                    labels.add(normalizedText(state.nodes.get(label.id()))));
        }
        for (MirrorNode ancestor = node.parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor.isElement() && "label".equalsIgnoreCase(ancestor.tagName)) {
                // The field's own content (a select's options) is not part of its label.
                StringBuilder text = new StringBuilder();
                collectTextOutside(ancestor, node, text);
                labels.add(text.toString().replaceAll("\\s+", " ").trim());
                break;
            }
        }
        String tag = node.tagName.toLowerCase(java.util.Locale.ROOT);
        String alt = node.attributes.get("alt");
        if (alt == null && tag.equals("input") && List.of("submit", "button", "reset", "image")
                .contains(node.attributes.getOrDefault("type", ""))) {
            alt = node.attributes.get("value");
        }
        return Optional.of(new AccessibleName(Roles.of(node), labelledBy, node.attributes.get("aria-label"),
                labels.isEmpty() ? null : String.join(" ", labels), normalizedText(node), node.attributes.get("title"),
                node.attributes.get("placeholder"), alt));
    }

    private MirrorNode elementWithId(String id) {
        return state.nodes.values().stream().filter(n -> n.isElement() && id.equals(n.attributes.get("id")))
                .findFirst().orElse(null);
    }

    private static void collectTextOutside(MirrorNode node, MirrorNode skipped, StringBuilder text) {
        if (node == skipped) {
            return;
        }
        if (node.type == NodeType.TEXT && node.text != null) {
            text.append(node.text);
        }
        for (MirrorNode child : node.children) {
            collectTextOutside(child, skipped, text);
        }
    }

    private static String normalizedText(MirrorNode node) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString().replaceAll("\\s+", " ").trim();
    }

    /** Every element matching a selector of the supported subset, in document order. */
    public List<DomNode> query(String css) {
        Selector selector = Selector.parse(css);
        List<DomNode> found = new ArrayList<>();
        if (state.document != null) {
            collect(state.document, selector, found);
        }
        return found;
    }

    /** The one element matching the selector, when exactly one does. */
    public Optional<DomNode> queryUnique(String css) {
        List<DomNode> found = query(css);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static void collect(MirrorNode node, Selector selector, List<DomNode> found) {
        if (selector.matches(node)) {
            found.add(DomNode.of(node));
        }
        for (MirrorNode child : node.children) {
            collect(child, selector, found);
        }
    }

    /** The page as HTML, exactly as mirrored (no rewriting for safe rendering). */
    public String html() {
        StringBuilder html = new StringBuilder();
        if (state.document != null) {
            for (MirrorNode child : state.document.children) {
                write(child, html);
            }
        }
        return html.toString();
    }

    /** One node and its subtree as HTML. */
    public Optional<String> html(int id) {
        MirrorNode node = state.nodes.get(id);
        if (node == null) {
            return Optional.empty();
        }
        StringBuilder html = new StringBuilder();
        write(node, html);
        return Optional.of(html.toString());
    }

    private static void write(MirrorNode node, StringBuilder html) {
        switch (node.type) {
            case DOCUMENT_TYPE -> html.append("<!DOCTYPE ").append(node.tagName == null ? "html" : node.tagName).append('>');
            case TEXT -> {
                boolean raw = node.parent != null && node.parent.tagName != null
                        && RAW_TEXT_ELEMENTS.contains(node.parent.tagName.toLowerCase());
                html.append(raw ? nullToEmpty(node.text) : escape(nullToEmpty(node.text), false));
            }
            case COMMENT -> html.append("<!--").append(nullToEmpty(node.text)).append("-->");
            case CDATA -> html.append("<![CDATA[").append(nullToEmpty(node.text)).append("]]>");
            case DOCUMENT -> node.children.forEach(child -> write(child, html));
            case ELEMENT -> {
                html.append('<').append(node.tagName);
                node.attributes.forEach((name, value) ->
                        html.append(' ').append(name).append("=\"").append(escape(value, true)).append('"'));
                html.append('>');
                if (VOID_ELEMENTS.contains(node.tagName.toLowerCase()) && node.children.isEmpty()) {
                    return;
                }
                node.children.forEach(child -> write(child, html));
                html.append("</").append(node.tagName).append('>');
            }
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
