package dev.replayharness.journey;

/** Which ancestor is a target's "region" when its surrounding text is compared: the nearest of these. */
public final class TextRegions {

    /** Forms, dialogs, landmarks and sections, nearest first as {@code closest()} finds them. */
    public static final String SELECTOR = "form,dialog,[role=dialog],article,section,nav,header,footer,aside,main";

    private static final java.util.Set<String> TAGS = java.util.Set.of("form", "dialog", "article", "section", "nav",
            "header", "footer", "aside", "main");

    private TextRegions() {
    }

    /** Whether an element of this tag and role is a region, as {@link #SELECTOR} matches it. */
    static boolean isRegion(String tag, String role) {
        return TAGS.contains(tag) || "dialog".equals(role);
    }
}
