package dev.replayharness.journey;

import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.PageState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads, from the recorded page, whether a step's target was a data item ({@link DataItem}). Only evidence the
 * recording holds is used; whether the target's data differs is judged later, against the replayed page.
 */
final class DataItems {

    /** Elements that are rows of a list by their tag or role. */
    private static final Set<String> ROW_TAGS = Set.of("li", "tr", "dt", "dd");
    private static final Set<String> ROW_ROLES = Set.of("row", "listitem", "option");
    /** How far above the target a row or a repeated element is looked for: a link inside a cell inside a row. */
    private static final int ROW_DEPTH = 5;
    private static final int REPEAT_DEPTH = 3;
    /** Siblings of one shape, counting the element itself, that make a repeated set (cards, tiles). */
    private static final int MIN_REPEATED = 3;

    private DataItems() {
    }

    /**
     * The data item {@code node} is, or empty.
     *
     * @param selectorOf a unique selector of an element in the recorded page, when there is one
     */
    static Optional<DataItem> of(PageState page, DomNode node, Function<DomNode, Optional<String>> selectorOf) {
        List<DomNode> chain = page.selfAndAncestors(node.id());
        for (int level = 0; level < Math.min(ROW_DEPTH, chain.size()); level++) {
            DomNode element = chain.get(level);
            if (isRow(page, element) && element.parentId() != null) {
                Optional<DomNode> list = page.node(element.parentId());
                if (list.isPresent() && list.get().tagName() != null) {
                    return Optional.of(item("a row of a list", list.get(), selectorOf));
                }
            }
        }
        for (int level = 0; level < Math.min(REPEAT_DEPTH, chain.size()); level++) {
            DomNode element = chain.get(level);
            Optional<DomNode> parent = element.parentId() == null ? Optional.empty() : page.node(element.parentId());
            if (parent.isPresent() && parent.get().tagName() != null && element.attribute("class").isPresent()) {
                long alike = sameShape(page, parent.get(), element).size();
                if (alike >= MIN_REPEATED) {
                    return Optional.of(item("one of " + alike + " elements of the same shape", parent.get(),
                            selectorOf));
                }
            }
        }
        String tag = node.tagName() == null ? "" : node.tagName().toLowerCase(Locale.ROOT);
        if (tag.equals("a") || tag.matches("h[1-6]")) {
            Optional<String> inAddress = node.attribute("href").flatMap(DataItems::idInAddress);
            if (inAddress.isPresent()) {
                return Optional.of(new DataItem("its address carries the id " + inAddress.get(), null));
            }
            Optional<String> inText = RecordIds.find(TargetFinder.normalize(page.textContent(node.id())));
            if (inText.isPresent()) {
                return Optional.of(new DataItem("its text carries the id " + inText.get(), null));
            }
        }
        return Optional.empty();
    }

    /** An id in a link's address: a path segment, or a query value ({@code ?order=48213}). */
    private static Optional<String> idInAddress(String href) {
        int query = href.indexOf('?');
        return RecordIds.inPath(query < 0 ? href : href.substring(0, query))
                .or(() -> query < 0 ? Optional.empty() : RecordIds.find(href.substring(query + 1).replace('=', ' ')));
    }

    private static boolean isRow(PageState page, DomNode element) {
        String tag = element.tagName() == null ? "" : element.tagName().toLowerCase(Locale.ROOT);
        return ROW_TAGS.contains(tag) || page.role(element.id()).filter(ROW_ROLES::contains).isPresent();
    }

    private static List<DomNode> sameShape(PageState page, DomNode parent, DomNode element) {
        List<DomNode> alike = new ArrayList<>();
        for (int childId : parent.childIds()) {
            page.node(childId).filter(child -> child.tagName() != null
                    && child.tagName().equalsIgnoreCase(element.tagName())
                    && child.attribute("class").equals(element.attribute("class"))).ifPresent(alike::add);
        }
        return alike;
    }

    private static DataItem item(String evidence, DomNode list, Function<DomNode, Optional<String>> selectorOf) {
        return new DataItem(evidence, selectorOf.apply(list).orElse(null));
    }
}
