package dev.replayharness.dom;

import java.util.Locale;
import java.util.Map;

/** The ARIA role of an element: its {@code role} attribute, else the implicit role of its tag. */
final class Roles {

    private static final Map<String, String> BY_TAG = Map.ofEntries(
            Map.entry("button", "button"), Map.entry("select", "combobox"), Map.entry("textarea", "textbox"),
            Map.entry("h1", "heading"), Map.entry("h2", "heading"), Map.entry("h3", "heading"),
            Map.entry("h4", "heading"), Map.entry("h5", "heading"), Map.entry("h6", "heading"),
            Map.entry("img", "img"), Map.entry("nav", "navigation"), Map.entry("main", "main"),
            Map.entry("header", "banner"), Map.entry("footer", "contentinfo"), Map.entry("dialog", "dialog"),
            Map.entry("ul", "list"), Map.entry("ol", "list"), Map.entry("li", "listitem"),
            Map.entry("table", "table"), Map.entry("tr", "row"), Map.entry("td", "cell"),
            Map.entry("th", "columnheader"), Map.entry("option", "option"), Map.entry("form", "form"),
            Map.entry("article", "article"), Map.entry("aside", "complementary"), Map.entry("section", "region"));
    private static final Map<String, String> BY_INPUT_TYPE = Map.ofEntries(
            Map.entry("submit", "button"), Map.entry("button", "button"), Map.entry("reset", "button"),
            Map.entry("image", "button"), Map.entry("checkbox", "checkbox"), Map.entry("radio", "radio"),
            Map.entry("range", "slider"), Map.entry("number", "spinbutton"), Map.entry("search", "searchbox"));

    private Roles() {
    }

    static String of(MirrorNode element) {
        String explicit = element.attributes.get("role");
        if (explicit != null && !explicit.isBlank()) {
            return explicit.trim().split("\\s+")[0];
        }
        String tag = element.tagName.toLowerCase(Locale.ROOT);
        if (tag.equals("a") || tag.equals("area")) {
            return element.attributes.containsKey("href") ? "link" : null;
        }
        if (tag.equals("input")) {
            String type = element.attributes.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
            return type.equals("hidden") || type.equals("password") ? null : BY_INPUT_TYPE.getOrDefault(type, "textbox");
        }
        return BY_TAG.get(tag);
    }
}
