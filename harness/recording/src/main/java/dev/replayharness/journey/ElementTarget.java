package dev.replayharness.journey;

import java.util.List;
import java.util.Objects;

/**
 * The element a step acts on, as recorded: how a tester would name it, the selectors that found exactly it in
 * the recorded page (best first), and where the pointer was.
 *
 * @param nodeId     the recording's id of the element
 * @param tagName    its tag, lower case
 * @param name       its accessible name or visible text, or null
 * @param candidates ranked selectors, each unique in the recorded page at the moment of the step
 * @param pointX     the pointer's x in the viewport when recorded, or null (keyboard, script)
 * @param pointY     the pointer's y, or null
 * @param text       its readable text when recorded (white space collapsed), or null
 * @param regionText the readable text of its region ({@link TextRegions}) when recorded, or null
 * @param dataItem   what shows it was a record of the app's data (a list row, an id), or null
 */
public record ElementTarget(int nodeId, String tagName, String name, List<SelectorCandidate> candidates,
                            Double pointX, Double pointY, String text, String regionText, DataItem dataItem) {

    /** A target the recording does not show to be a data item. */
    public ElementTarget(int nodeId, String tagName, String name, List<SelectorCandidate> candidates,
                         Double pointX, Double pointY, String text, String regionText) {
        this(nodeId, tagName, name, candidates, pointX, pointY, text, regionText, null);
    }

    public ElementTarget {
        Objects.requireNonNull(tagName, "tagName");
        candidates = List.copyOf(candidates);
    }

    /** "'Add to cart' (testid=add-to-cart)", or the tag when nothing names it. */
    public String describe() {
        String what = name != null && !name.isBlank() ? "'" + abbreviate(name) + "'" : tagName;
        return candidates.isEmpty() ? what + " (no selector)" : what + " (" + candidates.get(0) + ")";
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
