package dev.replayharness.dom;

import java.util.List;

/**
 * A page rebuilt for safe rendering: HTML that runs nothing, plus what the HTML cannot carry and must be
 * restored after it loads.
 *
 * @param html           the document, with no scripts, no event handlers and no {@code javascript:} URLs
 * @param url            the recorded page URL the relative URLs were resolved against (null when unknown)
 * @param viewportWidth  the recorded viewport width
 * @param viewportHeight the recorded viewport height
 * @param scrollX        the page's recorded scroll position
 * @param scrollY        the page's recorded scroll position
 * @param elementScrolls scrolled elements, found by their {@value Rebuild#NODE_ID_ATTRIBUTE} attribute
 */
public record RebuiltHtml(String html, String url, int viewportWidth, int viewportHeight, double scrollX,
                          double scrollY, List<ElementScroll> elementScrolls) {

    public RebuiltHtml {
        elementScrolls = List.copyOf(elementScrolls);
    }

    /** The same page shown at another page scroll position (to line it up with a live page's). */
    public RebuiltHtml withPageScroll(double x, double y) {
        return new RebuiltHtml(html, url, viewportWidth, viewportHeight, x, y, elementScrolls);
    }

    /** A scrolled element: its recorded node id and scroll offsets. */
    public record ElementScroll(int nodeId, double x, double y) {
    }
}
