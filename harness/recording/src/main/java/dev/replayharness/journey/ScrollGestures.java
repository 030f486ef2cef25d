package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.MutationData;
import dev.replayharness.event.NodeType;
import dev.replayharness.event.ScrollData;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scrolling the user did, of the page or of one element, as one step per gesture at the place it came to rest.
 * Scrolls the page did by itself (after a click, a page change or while the user types) are none.
 */
final class ScrollGestures {

    /** Nodes added and removed in one mutation that make it a page change (a route rendered) rather than a tweak. */
    private static final int LARGE_CHANGE_NODES = 10;

    private final StepLog log;
    private final LiveDom dom;

    ScrollGestures(StepLog log, LiveDom dom) {
        this.log = log;
        this.dom = dom;
    }

    /** A large change to the page with no step behind it is the app's doing, and scrolls right after it are too. */
    void mutation(RecordedEvent recorded, MutationData mutation) {
        if (mutation.removes().size() + mutation.adds().size() >= LARGE_CHANGE_NODES) {
            log.pageChangedAt = recorded.timestamp();
        }
    }

    void scroll(RecordedEvent recorded, ScrollData data) {
        long t = recorded.timestamp();
        log.activity(t);
        Step last = log.lastIn(recorded.window());
        if (last != null && last.action() instanceof Action.Scroll scroll
                && t - log.lastScrollAt <= StepLog.GESTURE_GAP_MILLIS && sameScrollTarget(scroll, data)) {
            log.replaceLast(last, new Action.Scroll(scroll.target(), data.x(), data.y()));
            log.lastScrollAt = t;
            return;
        }
        // Scrolls just after a step are its effect, or the browser bringing its target into view (a throttled
        // scroll event arrives after the click it preceded); so are scrolls while the user types (an editor
        // keeping its caret, or its hidden input, in view).
        boolean effect = t - log.pageChangedAt <= StepLog.EFFECT_MILLIS || t - log.lastInputAt <= StepLog.EFFECT_MILLIS
                || last != null
                && !(last.action() instanceof Action.Scroll) && !(last.action() instanceof Action.Resize)
                && t - last.timestamp() <= StepLog.EFFECT_MILLIS;
        if (effect) {
            return;
        }
        PageState page = dom.view(recorded.window());
        Optional<DomNode> node = page.node(data.id());
        if (node.isEmpty()) {
            return;
        }
        boolean wholePage = node.get().type() == NodeType.DOCUMENT || node.get().tagName() != null
                && List.of("html", "body").contains(node.get().tagName().toLowerCase(Locale.ROOT));
        ElementTarget target = wholePage ? null : new TargetFinder(page).target(data.id(), null, null);
        log.closeFill();
        log.add(recorded, new Action.Scroll(target, data.x(), data.y()));
        log.lastScrollAt = t;
    }

    /** A page scroll goes on with any scroll event; an element's only with that element's. */
    private static boolean sameScrollTarget(Action.Scroll scroll, ScrollData data) {
        return scroll.target() == null || scroll.target().nodeId() == data.id();
    }
}
