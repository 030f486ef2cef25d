package dev.replayharness.html;

/**
 * Turns untrusted text (anything that came from a recording or a replay) into text the report can hold without
 * it being read as markup or as the end of a script element.
 */
final class Escape {

    private Escape() {
    }

    /** Text for an element's content or a quoted attribute value; null becomes the empty string. */
    static String html(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // A lone NUL is a parse error in HTML; show it rather than let the parser decide.
                case '\0' -> "&#65533;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * JSON text for the body of a {@code <script type="application/json">}. The HTML parser ends a script element
     * at the first {@code </script}, whatever JSON thinks, and a {@code <!--} changes how it looks for that end;
     * U+2028 and U+2029 end a line in older JavaScript string literals. Outside JSON strings none of these
     * characters can occur, so writing each as a {@code \}{@code uXXXX} escape keeps the JSON equal to what was given.
     */
    static String scriptJson(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Checks that a script or style of the report's own can be written inline as is: it must not hold anything
     * that would end its element early.
     *
     * @throws IllegalStateException naming the asset when it cannot
     */
    static String inlineAsset(String name, String text, String tag) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("</" + tag) || lower.contains("<!--")) {
            throw new IllegalStateException(name + " contains </" + tag + " or <!-- and cannot be inlined in a <"
                    + tag + "> element as it is");
        }
        return text;
    }
}
