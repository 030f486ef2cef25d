package dev.replayharness.dom;

import dev.replayharness.event.NodeType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serializes a mirrored page as HTML that shows what the user saw and runs nothing, under rrweb's replay
 * rules: scripts dropped (and {@code noscript}, whose content a scripted page never showed, and a
 * {@code <meta http-equiv="refresh">}, which would leave the page), {@code on*}
 * handlers and {@code javascript:} URLs stripped, inlined style sheets ({@code _cssText}) turned into
 * {@code <style>}, relative URLs resolved against the recorded page, blocked elements ({@code rr_width},
 * {@code rr_height}) as placeholder boxes of the recorded size, canvases as their recorded image
 * ({@code rr_dataURL}), input values and checked states written into the markup, shadow roots as declarative
 * shadow DOM.
 */
public final class Rebuild {

    /** Attribute marking rebuilt elements whose state is restored after load. */
    public static final String NODE_ID_ATTRIBUTE = "data-rr-id";

    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "poster",
            "background", "xlink:href");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr");

    private Rebuild() {
    }

    /** The page as safe HTML with what must be restored after loading it. */
    public static RebuiltHtml of(PageState page) {
        DocumentState state = page.state();
        if (state.document == null) {
            throw new IllegalStateException("no full snapshot has been applied at this moment: nothing to rebuild");
        }
        Writer writer = new Writer(state, state.url);
        for (MirrorNode child : state.document.children) {
            writer.write(child);
        }
        return new RebuiltHtml(writer.html.toString(), state.url, state.viewportWidth, state.viewportHeight,
                state.scrollX, state.scrollY, writer.scrolls);
    }

    private static final class Writer {
        final StringBuilder html = new StringBuilder();
        final List<RebuiltHtml.ElementScroll> scrolls = new ArrayList<>();
        final URI base;
        final DocumentState state;

        Writer(DocumentState state, String url) {
            this.state = state;
            URI parsed = null;
            try {
                parsed = url == null ? null : URI.create(url);
            } catch (IllegalArgumentException e) {
                // An unparseable page URL leaves relative URLs as they are.
            }
            base = parsed;
        }

        void write(MirrorNode node) {
            switch (node.type) {
                case DOCUMENT_TYPE -> html.append("<!DOCTYPE ").append(node.tagName == null ? "html" : node.tagName)
                        .append('>');
                case TEXT -> text(node);
                case COMMENT, CDATA -> { }
                case DOCUMENT -> node.children.forEach(this::write);
                case ELEMENT -> element(node);
            }
        }

        private void text(MirrorNode node) {
            String parent = node.parent == null || node.parent.tagName == null ? ""
                    : node.parent.tagName.toLowerCase(Locale.ROOT);
            String content = node.text == null ? "" : node.text;
            if (parent.equals("style")) {
                html.append(css(content));
            } else if (!parent.equals("textarea")) {
                html.append(PageState.escape(content, false));
            }
        }

        private void element(MirrorNode node) {
            String tag = node.tagName.toLowerCase(Locale.ROOT);
            if (DROPPED_ELEMENTS.contains(tag) || tag.equals("meta") && node.attributes.entrySet().stream()
                    .anyMatch(a -> a.getKey().equalsIgnoreCase("http-equiv") && a.getValue().strip()
                            .equalsIgnoreCase("refresh"))) {
                // A refresh would take the rebuilt page away to a live one, as a script would.
                return;
            }
            String cssText = node.attributes.get("_cssText");
            if (cssText != null || (tag.equals("style") && node.sheet != null)) {
                html.append("<style>").append(css(node.sheet != null ? node.sheet.text() : cssText)).append("</style>");
                return;
            }
            if (tag.equals("iframe") && node.children.stream().anyMatch(child -> child.type == NodeType.DOCUMENT)) {
                iframe(node);
                return;
            }
            if (node.attributes.containsKey("rr_width") && node.attributes.containsKey("rr_height")) {
                html.append("<div style=\"display:inline-block;width:").append(cssLength(node.attributes.get("rr_width")))
                        .append(";height:").append(cssLength(node.attributes.get("rr_height")))
                        .append(";background:#ddd\"></div>");
                return;
            }
            if (tag.equals("canvas") && node.attributes.containsKey("rr_dataURL")) {
                html.append("<img src=\"").append(PageState.escape(node.attributes.get("rr_dataURL"), true)).append('"');
                for (String size : new String[] {"width", "height", "style", "class"}) {
                    attribute(size, node.attributes.get(size));
                }
                html.append('>');
                return;
            }
            html.append('<').append(node.tagName);
            for (Map.Entry<String, String> attribute : node.attributes.entrySet()) {
                String name = attribute.getKey();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.startsWith("on") || lower.startsWith("rr_") || lower.startsWith("_")
                        || (tag.equals("input") && (lower.equals("value") || lower.equals("checked")))
                        || (tag.equals("option") && lower.equals("selected") && node.parent != null
                        && node.parent.value != null)) {
                    continue;
                }
                String value = attribute.getValue();
                if (URL_ATTRIBUTES.contains(lower)) {
                    value = safeUrl(value);
                    if (value == null) {
                        continue;
                    }
                }
                attribute(name, value);
            }
            inputState(node, tag);
            if (node.scrollX != 0 || node.scrollY != 0) {
                attribute(NODE_ID_ATTRIBUTE, String.valueOf(node.id));
                scrolls.add(new RebuiltHtml.ElementScroll(node.id, node.scrollX, node.scrollY));
            }
            html.append('>');
            if (VOID_ELEMENTS.contains(tag) && node.children.isEmpty()) {
                return;
            }
            if (tag.equals("textarea")) {
                String value = node.value != null ? node.value : DocumentState.textOf(node);
                html.append(PageState.escape(value, false));
            } else {
                children(node);
            }
            if (tag.equals("head")) {
                adopted(state.document);
            }
            html.append("</").append(node.tagName).append('>');
        }

        private void inputState(MirrorNode node, String tag) {
            if (tag.equals("input")) {
                String value = node.value != null ? node.value : node.attributes.get("value");
                if (value != null) {
                    attribute("value", value);
                }
                boolean checked = node.checked != null ? node.checked : node.attributes.containsKey("checked");
                if (checked) {
                    html.append(" checked");
                }
            } else if (tag.equals("option") && node.parent != null) {
                MirrorNode select = node.parent.tagName != null && node.parent.tagName.equalsIgnoreCase("optgroup")
                        ? node.parent.parent : node.parent;
                if (select != null && select.value != null && select.value.equals(node.attributes.get("value"))) {
                    html.append(" selected");
                }
            }
        }

        private void children(MirrorNode node) {
            List<MirrorNode> shadow = node.children.stream().filter(child -> child.inShadow).toList();
            // An empty shadow root still hides the host's own children (a closed dialog's content has no slot to
            // show in), so it is written even with nothing in it.
            if (node.shadowHost) {
                html.append("<template shadowrootmode=\"open\">");
                shadow.forEach(this::write);
                adopted(node);
                html.append("</template>");
            }
            node.children.stream().filter(child -> !child.inShadow).forEach(this::write);
        }

        /**
         * Constructed sheets come after the document's own in the cascade, so they close the head (or the shadow
         * root).
         */
        private void adopted(MirrorNode host) {
            if (host == null || host.adoptedSheets == null) {
                return;
            }
            for (int styleId : host.adoptedSheets) {
                CssSheet sheet = state.constructedSheets.get(styleId);
                if (sheet != null) {
                    html.append("<style>").append(css(sheet.text())).append("</style>");
                }
            }
        }

        /**
         * A same-origin iframe's recorded document goes in {@code srcdoc}: the frame shows what was recorded and
         * never loads its {@code src}. Its relative URLs resolve against that {@code src}.
         */
        private void iframe(MirrorNode node) {
            String src = node.attributes.get("src");
            String frameUrl = src == null || src.isBlank() ? (base == null ? null : base.toString()) : safeUrl(src);
            Writer frame = new Writer(state, frameUrl);
            node.children.stream().filter(child -> child.type == NodeType.DOCUMENT).findFirst()
                    .ifPresent(frame::write);
            html.append('<').append(node.tagName);
            node.attributes.forEach((name, value) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.equals("src") && !lower.equals("srcdoc") && !lower.startsWith("on")
                        && !lower.startsWith("rr_") && !lower.startsWith("_")) {
                    attribute(name, value);
                }
            });
            attribute("srcdoc", frame.html.toString());
            html.append("></").append(node.tagName).append('>');
        }

        /**
         * Style text made safe inside {@code <style>}. rrweb's player defines every recorded custom element, so in
         * the recorded page {@code :defined} matched them all; with scripts off nothing is upgraded, and rules
         * such as {@code x-card:not(:defined) {display: none}} would hide content the user saw.
         */
        private static String css(String text) {
            String safe = text.replace("</style", "<\\/style");
            if (safe.contains(":defined")) {
                safe = safe.replace(":not(:defined)", ":not(*)").replace(":defined", ":is(*)");
            }
            return safe;
        }

        private void attribute(String name, String value) {
            if (value != null) {
                html.append(' ').append(name).append("=\"").append(PageState.escape(value, true)).append('"');
            }
        }

        /** Resolves a URL against the page; null for {@code javascript:} URLs, which must never run. */
        private String safeUrl(String value) {
            String trimmed = value.trim();
            if (trimmed.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "").startsWith("javascript:")) {
                return null;
            }
            if (base == null || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("data:")) {
                return value;
            }
            try {
                return base.resolve(trimmed).toString();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }

        private static String cssLength(String value) {
            return value.matches("\\d+(\\.\\d+)?") ? value + "px" : value.replaceAll("[^0-9.a-z%]", "");
        }
    }
}
