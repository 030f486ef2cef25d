package dev.replayharness.journey;

import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.MutationData;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A state class moving from one element to a sibling: the mark of a slide deck, a carousel or a tab strip going to
 * its next (or previous) item. rrweb records no key presses, so while the user's pointer and fields are quiet such
 * a move is the one trace an arrow key leaves.
 */
final class StateMoves {

    /**
     * The class {@code token} left element {@code from} and came to its sibling {@code to} (children of
     * {@code parent}), which stands after it ({@code forward}) or before it.
     */
    record Move(int parent, int from, int to, String token, boolean forward) {
    }

    private StateMoves() {
    }

    /**
     * A class that one element lost and one of its siblings gained in this mutation, read before it applies: the
     * class {@code established} names for those siblings (the first seen moving there) when it moved, else the
     * first in the page's order.
     */
    static Optional<Move> in(PageState before, MutationData mutation, Map<Integer, String> established) {
        Map<String, Integer> lost = new LinkedHashMap<>();
        Map<String, Integer> gained = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (MutationData.AttributeChange change : mutation.attributes()) {
            if (!change.attributes().containsKey("class")) {
                continue;
            }
            Optional<DomNode> node = before.node(change.id());
            if (node.isEmpty()) {
                continue;
            }
            Set<String> was = classes(node.get().attribute("class").orElse(""));
            var value = change.attributes().get("class");
            Set<String> now = classes(value == null || value.isNull() ? "" : value.asText(""));
            for (String token : was) {
                if (!now.contains(token) && lost.putIfAbsent(token, change.id()) != null) {
                    ambiguous.add(token);
                }
            }
            for (String token : now) {
                if (!was.contains(token) && gained.putIfAbsent(token, change.id()) != null) {
                    ambiguous.add(token);
                }
            }
        }
        List<Map.Entry<String, Integer>> order = new java.util.ArrayList<>(lost.entrySet());
        order.sort(java.util.Comparator.comparing(entry -> !before.node(entry.getValue()).map(DomNode::parentId)
                .map(established::get).filter(entry.getKey()::equals).isPresent()));
        for (Map.Entry<String, Integer> left : order) {
            Integer to = gained.get(left.getKey());
            if (to == null || ambiguous.contains(left.getKey())) {
                continue;
            }
            Optional<DomNode> from = before.node(left.getValue());
            Optional<DomNode> arrived = before.node(to);
            if (from.isPresent() && arrived.isPresent() && from.get().parentId() != null
                    && from.get().parentId().equals(arrived.get().parentId())) {
                List<Integer> siblings = before.node(from.get().parentId()).map(DomNode::childIds).orElse(List.of());
                return Optional.of(new Move(from.get().parentId(), left.getValue(), to, left.getKey(),
                        siblings.indexOf(to) > siblings.indexOf(left.getValue())));
            }
        }
        return Optional.empty();
    }

    private static Set<String> classes(String attribute) {
        Set<String> tokens = new java.util.LinkedHashSet<>(Arrays.asList(attribute.trim().split("\\s+")));
        tokens.remove("");
        return tokens;
    }
}
