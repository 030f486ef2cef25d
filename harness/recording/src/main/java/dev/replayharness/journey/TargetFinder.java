package dev.replayharness.journey;

import dev.replayharness.dom.AccessibleName;
import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.PageState;
import dev.replayharness.journey.SelectorCandidate.Strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names a step's target the way a tester would, from the recorded page at that moment: every candidate is
 * checked to find exactly that element there.
 */
final class TargetFinder {

    /** Test-id attributes, in the order teams use them; {@code data-attr} is PostHog's. */
    static final List<String> TEST_ID_ATTRIBUTES = List.of("data-testid", "data-test-id", "data-test", "data-cy",
            "data-qa", "data-attr");
    private static final Set<String> INTERACTIVE = Set.of("a", "button", "input", "select", "textarea", "label",
            "summary", "option");
    private static final Set<String> INTERACTIVE_ROLES = Set.of("button", "link", "checkbox", "radio", "tab",
            "menuitem", "option", "switch", "combobox", "textbox");
    private static final Set<String> FIELDS = Set.of("input", "select", "textarea");
    private static final int MAX_NAME_LENGTH = 80;
    /** Attributes that name an element for people: its tooltip, title, alternative text. */
    private static final List<String> NAMING_ATTRIBUTES = List.of("title", "data-tooltip", "data-title", "alt");
    private static final int MAX_PATH_DEPTH = 6;

    private final PageState page;

    TargetFinder(PageState page) {
        this.page = page;
    }

    /**
     * The element a pointer event on {@code nodeId} acted on: a click on the icon inside a button is a click on
     * the button.
     */
    int actionable(int nodeId) {
        Optional<DomNode> node = page.node(nodeId);
        if (node.isEmpty() || isInteractive(node.get())) {
            return nodeId;
        }
        List<DomNode> ancestors = page.ancestors(nodeId);
        for (int level = 0; level < Math.min(4, ancestors.size()); level++) {
            if (isInteractive(ancestors.get(level))) {
                return ancestors.get(level).id();
            }
        }
        return nodeId;
    }

    private boolean isInteractive(DomNode node) {
        if (node.tagName() == null) {
            return false;
        }
        String tag = node.tagName().toLowerCase(Locale.ROOT);
        return INTERACTIVE.contains(tag) || page.role(node.id()).filter(INTERACTIVE_ROLES::contains).isPresent();
    }

    /** The target with its ranked candidates; empty candidates when the node is not in the page. */
    ElementTarget target(int nodeId, Double x, Double y) {
        Optional<DomNode> found = page.node(nodeId);
        if (found.isEmpty() || found.get().tagName() == null) {
            return new ElementTarget(nodeId, "unknown", null, List.of(), x, y, null, null);
        }
        DomNode node = found.get();
        String tag = node.tagName().toLowerCase(Locale.ROOT);
        String name = page.accessibleName(nodeId).flatMap(AccessibleName::name).map(TargetFinder::normalize)
                .orElse(null);
        if (name == null || name.isEmpty()) {
            name = tooltipName(node);
        }
        List<SelectorCandidate> candidates = new ArrayList<>();
        for (String attribute : TEST_ID_ATTRIBUTES) {
            node.attribute(attribute).ifPresent(value ->
                    addCss(candidates, Strategy.TEST_ID, "[" + attribute + "=\"" + value + "\"]", nodeId));
        }
        node.attribute("id").filter(StableNames::isStableId).ifPresent(id ->
                addCss(candidates, Strategy.ID, "#" + id, nodeId));
        String role = page.role(nodeId).orElse(null);
        if (role != null && name != null && name.length() <= MAX_NAME_LENGTH && uniqueByRole(role, name, nodeId)) {
            candidates.add(new SelectorCandidate(Strategy.ROLE, name, role));
        }
        if (FIELDS.contains(tag)) {
            String label = page.accessibleName(nodeId).map(AccessibleName::labels).map(TargetFinder::normalize)
                    .orElse(null);
            if (label != null && !label.isEmpty() && label.length() <= MAX_NAME_LENGTH && uniqueByLabel(label, nodeId)) {
                candidates.add(new SelectorCandidate(Strategy.LABEL, label, null));
            }
            node.attribute("name").ifPresent(value ->
                    addCss(candidates, Strategy.NAME, tag + "[name=\"" + value + "\"]", nodeId));
            node.attribute("placeholder").ifPresent(value ->
                    addCss(candidates, Strategy.PLACEHOLDER, tag + "[placeholder=\"" + value + "\"]", nodeId));
        }
        // Text names what has no role to name it by: a link without href, a menu entry drawn as a plain element.
        if (role == null && !tag.equals("html") && !tag.equals("body") && !FIELDS.contains(tag)) {
            String text = normalize(page.textContent(nodeId));
            if (!text.isEmpty() && text.length() <= MAX_NAME_LENGTH && uniqueByText(tag, text, nodeId)) {
                candidates.add(new SelectorCandidate(Strategy.TEXT, text, tag));
            }
        }
        // An icon control with no text and no role is still named, for people, by a tooltip or title.
        for (String attribute : NAMING_ATTRIBUTES) {
            node.attribute(attribute).filter(value -> !value.isBlank() && value.length() <= MAX_NAME_LENGTH
                    && !value.contains("\"") && !value.contains("\\")).ifPresent(value ->
                    addCss(candidates, Strategy.ATTRIBUTE, tag + "[" + attribute + "=\"" + value + "\"]", nodeId));
        }
        cssPath(node).ifPresent(css -> addCss(candidates, Strategy.CSS_PATH, css, nodeId));
        nthOfTypePath(node).ifPresent(css -> addCss(candidates, Strategy.NTH_OF_TYPE, css, nodeId));
        DataItem dataItem = DataItems.of(page, node, list -> Optional.ofNullable(anchor(list))
                .filter(own -> isUnique(own, list.id())).or(() -> cssPath(list)).or(() -> nthOfTypePath(list)))
                .orElse(null);
        return new ElementTarget(nodeId, tag, name, candidates, x, y, page.readableText(nodeId), regionText(nodeId),
                dataItem);
    }

    /**
     * The name a tooltip or title gives an element without text: its own, or that of the control it sits in (an
     * icon inside a toolbar button), as a person reads it when hovering.
     */
    private String tooltipName(DomNode node) {
        List<DomNode> chain = page.selfAndAncestors(node.id());
        for (DomNode element : chain.subList(0, Math.min(3, chain.size()))) {
            if (!normalize(page.textContent(element.id())).isEmpty()) {
                return null; // text names it, or names what holds it
            }
            for (String attribute : NAMING_ATTRIBUTES) {
                Optional<String> value = element.attribute(attribute).map(TargetFinder::normalize)
                        .filter(text -> !text.isEmpty());
                if (value.isPresent()) {
                    return value.get();
                }
            }
        }
        return null;
    }

    /** The readable text of the nearest region around the element, or null outside any. */
    private String regionText(int nodeId) {
        for (DomNode ancestor : page.ancestors(nodeId)) {
            if (ancestor.tagName() != null && TextRegions.isRegion(ancestor.tagName().toLowerCase(Locale.ROOT),
                    ancestor.attribute("role").orElse(null))) {
                return page.readableText(ancestor.id());
            }
        }
        return null;
    }

    private void addCss(List<SelectorCandidate> candidates, Strategy strategy, String css, int nodeId) {
        if (candidates.stream().anyMatch(candidate -> candidate.value().equals(css))) {
            return;
        }
        try {
            Optional<DomNode> only = page.queryUnique(css);
            if (only.isPresent() && only.get().id() == nodeId) {
                candidates.add(SelectorCandidate.css(strategy, css));
            }
        } catch (IllegalArgumentException | IllegalStateException notUsable) {
            // A value our selector subset cannot express (quotes, escapes) is simply not offered.
        }
    }

    private boolean uniqueByRole(String role, String name, int nodeId) {
        int matches = 0;
        for (DomNode element : page.elements()) {
            if (role.equals(page.role(element.id()).orElse(null)) && name.equals(page.accessibleName(element.id())
                    .flatMap(AccessibleName::name).map(TargetFinder::normalize).orElse(null))) {
                if (element.id() != nodeId || ++matches > 1) {
                    return false;
                }
            }
        }
        return matches == 1;
    }

    private boolean uniqueByLabel(String label, int nodeId) {
        int matches = 0;
        for (DomNode element : page.elements()) {
            if (FIELDS.contains(element.tagName().toLowerCase(Locale.ROOT)) && label.equals(page.accessibleName(
                    element.id()).map(AccessibleName::labels).map(TargetFinder::normalize).orElse(null))) {
                if (element.id() != nodeId || ++matches > 1) {
                    return false;
                }
            }
        }
        return matches == 1;
    }

    private boolean uniqueByText(String tag, String text, int nodeId) {
        int matches = 0;
        for (DomNode element : page.elements()) {
            if (element.tagName().equalsIgnoreCase(tag) && text.equals(normalize(page.textContent(element.id())))) {
                if (element.id() != nodeId || ++matches > 1) {
                    return false;
                }
            }
        }
        return matches == 1;
    }

    /**
     * The shortest path of stable class names (anchored, when needed, on an ancestor with a test id or stable
     * id) that finds only this element.
     */
    private Optional<String> cssPath(DomNode node) {
        // An element with no stable class of its own (the text inside a gallery entry) is still reached through a
        // stable ancestor: an id, a test id, or classes along the way.
        String path = compound(node, true);
        if (path == null) {
            path = compound(node, false);
            if (path == null) {
                return Optional.empty();
            }
        } else if (isUnique(path, node.id())) {
            return Optional.of(path);
        }
        List<DomNode> ancestors = page.ancestors(node.id());
        for (int level = 0; level < Math.min(MAX_PATH_DEPTH, ancestors.size()); level++) {
            DomNode ancestor = ancestors.get(level);
            if (ancestor.tagName() == null || ancestor.tagName().equalsIgnoreCase("html")) {
                break;
            }
            String anchor = anchor(ancestor);
            if (anchor != null && isUnique(anchor + " " + path, node.id())) {
                return Optional.of(anchor + " " + path);
            }
            String step = compound(ancestor, false);
            if (step != null) {
                path = step + " " + path;
                if (path.contains(".") && isUnique(path, node.id())) {
                    return Optional.of(path);
                }
            }
        }
        return Optional.empty();
    }

    private String anchor(DomNode element) {
        for (String attribute : TEST_ID_ATTRIBUTES) {
            Optional<String> value = element.attribute(attribute);
            if (value.isPresent() && !value.get().contains("\"")) {
                return "[" + attribute + "=\"" + value.get() + "\"]";
            }
        }
        return element.attribute("id").filter(StableNames::isStableId).map(id -> "#" + id).orElse(null);
    }

    /** tag.stable.classes; null when the element has no stable class and {@code requireClass} is set. */
    private static String compound(DomNode element, boolean requireClass) {
        String tag = element.tagName().toLowerCase(Locale.ROOT);
        if (!StableNames.isPlainIdentifier(tag)) {
            return null;
        }
        StringBuilder compound = new StringBuilder(tag);
        element.attribute("class").ifPresent(classes -> Arrays.stream(classes.trim().split("\\s+"))
                .filter(name -> !name.isEmpty() && StableNames.isStableClass(name))
                .forEach(name -> compound.append('.').append(name)));
        return requireClass && compound.length() == tag.length() ? null : compound.toString();
    }

    private boolean isUnique(String css, int nodeId) {
        try {
            return page.queryUnique(css).map(found -> found.id() == nodeId).orElse(false);
        } catch (IllegalArgumentException | IllegalStateException notUsable) {
            return false;
        }
    }

    /** {@code body > main:nth-of-type(1) > ...}: always unique, and the first to break on any layout change. */
    private Optional<String> nthOfTypePath(DomNode node) {
        List<String> parts = new ArrayList<>();
        DomNode current = node;
        List<DomNode> ancestors = page.ancestors(node.id());
        int level = 0;
        while (current != null && current.tagName() != null && !current.tagName().equalsIgnoreCase("html")) {
            DomNode parent = level < ancestors.size() ? ancestors.get(level) : null;
            if (parent == null || parent.tagName() == null && parent.type() != dev.replayharness.event.NodeType.DOCUMENT) {
                return Optional.empty(); // in a shadow tree or detached: no light-DOM path
            }
            String tag = current.tagName().toLowerCase(Locale.ROOT);
            if (!StableNames.isPlainIdentifier(tag)) {
                return Optional.empty();
            }
            if (tag.equals("body")) {
                parts.add(0, "body");
                break;
            }
            int position = 0;
            for (int childId : parent.childIds()) {
                Optional<DomNode> sibling = page.node(childId);
                if (sibling.isPresent() && sibling.get().tagName() != null
                        && sibling.get().tagName().equalsIgnoreCase(tag)) {
                    position++;
                }
                if (childId == current.id()) {
                    break;
                }
            }
            parts.add(0, tag + ":nth-of-type(" + position + ")");
            current = parent;
            level++;
        }
        return parts.isEmpty() || !parts.get(0).equals("body") ? Optional.empty()
                : Optional.of(String.join(" > ", parts));
    }

    static String normalize(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
