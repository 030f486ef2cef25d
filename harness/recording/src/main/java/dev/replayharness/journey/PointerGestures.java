package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.MouseInteraction;
import dev.replayharness.event.MouseInteractionData;
import dev.replayharness.event.MouseMoveData;
import dev.replayharness.event.MutationData;
import dev.replayharness.journey.Action.ClickKind;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Clicks the user pressed a button for (single, double, right), and drags: not the mousedown and mouseup around
 * them, nor the clicks a browser fires by itself, except the one Enter fires on a form's default button.
 */
final class PointerGestures {

    private static final long DOUBLE_CLICK_MILLIS = 600;
    /** A button let go this far from where it went down carried something: a drag, not a click. */
    private static final double DRAG_DISTANCE_PX = 10;

    private final StepLog log;
    private final LiveDom dom;
    private final PageGestures pages;
    private int pressedId;
    private ElementTarget pressedTarget;
    /** Nodes added while the button was down: a dragged element's image (a mirror) is no place to drop on. */
    private final Set<Integer> addedWhilePressed = new HashSet<>();
    /** The browser's own drag and drop, which ends with no button-up event: where it was last seen. */
    private MouseMoveData.Position nativeDragAt;
    private RecordedEvent nativeDragEvent;

    PointerGestures(StepLog log, LiveDom dom, PageGestures pages) {
        this.log = log;
        this.dom = dom;
        this.pages = pages;
    }

    void interaction(RecordedEvent recorded, MouseInteraction type, MouseInteractionData data) {
        switch (type) {
            case MOUSE_DOWN, TOUCH_START -> {
                end();
                pages.flushPageview();
                addedWhilePressed.clear();
                // Named now, as the page is when the button goes down: the click's own effects must not change it.
                log.pressed = recorded;
                pressedId = data.id();
                TargetFinder finder = new TargetFinder(dom.view(recorded.window()));
                pressedTarget = finder.target(finder.actionable(data.id()), data.x(), data.y());
            }
            case MOUSE_UP, TOUCH_END -> released(recorded, data);
            case CLICK -> click(recorded, data);
            case DBL_CLICK -> doubleClick(recorded);
            case CONTEXT_MENU -> {
                if (log.pressed != null) {
                    log.add(log.pressed, new Action.Click(pressedTarget(recorded, data), ClickKind.RIGHT));
                    log.pressed = null;
                }
            }
            default -> { }
        }
    }

    void mutation(MutationData mutation) {
        if (log.pressed != null) {
            mutation.adds().forEach(addition -> addedWhilePressed.add(addition.node().id()));
        }
    }

    /** The browser's drag and drop reports positions while it lasts and no button-up at its end. */
    void nativeDrag(RecordedEvent recorded, MouseMoveData data) {
        if (log.pressed != null && !data.positions().isEmpty()) {
            nativeDragAt = data.positions().get(data.positions().size() - 1);
            nativeDragEvent = recorded;
        }
    }

    /** A browser drag and drop is over once anything else is pressed, or the recording ends: it ended where last seen. */
    void end() {
        if (log.pressed != null && nativeDragAt != null) {
            dragged(nativeDragEvent, nativeDragAt.id(), nativeDragAt.x(), nativeDragAt.y());
        }
        nativeDragAt = null;
        nativeDragEvent = null;
    }

    private void click(RecordedEvent recorded, MouseInteractionData data) {
        log.lastClickAt = recorded.timestamp();
        log.lastClickNode = data.id();
        if (log.pressed == null) {
            syntheticClick(recorded, data);
            return;
        }
        ElementTarget clicked = pressedTarget(recorded, data);
        log.add(log.pressed, new Action.Click(clicked, ClickKind.SINGLE));
        if (leadsAway(dom.view(recorded.window()), clicked.nodeId(), log.currentUrl(recorded.window()))) {
            log.clickLeadsAway(log.pressed.index());
        }
        log.clickedId = data.id();
        log.pressed = null;
        pages.flushPageview();
        if (data.id() != log.focusedId) {
            log.closeFill();
        }
    }

    /**
     * A button let go well away from where it went down carried something there (dragula, sortable lists, a
     * slider): the drag is the step, and the click the browser may fire on a common ancestor is none.
     */
    private void released(RecordedEvent recorded, MouseInteractionData data) {
        RecordedEvent pressed = log.pressed;
        if (pressed == null || data.x() == null || data.y() == null || !(pressed.event() instanceof Incremental down)
                || !(down.data() instanceof MouseInteractionData from) || from.x() == null || from.y() == null
                || Math.hypot(data.x() - from.x(), data.y() - from.y()) < DRAG_DISTANCE_PX) {
            return;
        }
        dragged(recorded, data.id(), data.x(), data.y());
    }

    private void dragged(RecordedEvent recorded, int overId, double x, double y) {
        PageState page = dom.view(recorded.window());
        boolean overItsImage = page.node(overId).isEmpty() || page.selfAndAncestors(overId).stream()
                .anyMatch(node -> node.id() == pressedId || addedWhilePressed.contains(node.id()));
        ElementTarget dropTarget = null;
        if (!overItsImage) {
            TargetFinder finder = new TargetFinder(page);
            dropTarget = finder.target(finder.actionable(overId), x, y);
        }
        log.add(recorded, new Action.Drag(pressedTarget, dropTarget, x, y));
        log.pressed = null;
        nativeDragAt = null;
        log.closeFill();
        pages.flushPageview();
    }

    /** What the button went down on, named as it was then, at the point the event at hand gives. */
    private ElementTarget pressedTarget(RecordedEvent recorded, MouseInteractionData data) {
        if (data.id() == pressedId) {
            return new ElementTarget(pressedTarget.nodeId(), pressedTarget.tagName(), pressedTarget.name(),
                    pressedTarget.candidates(), data.x() != null ? data.x() : pressedTarget.pointX(),
                    data.y() != null ? data.y() : pressedTarget.pointY(), pressedTarget.text(),
                    pressedTarget.regionText(), pressedTarget.dataItem());
        }
        TargetFinder finder = new TargetFinder(dom.view(recorded.window()));
        return finder.target(finder.actionable(data.id()), data.x(), data.y());
    }

    /**
     * A click no button was pressed for is the browser's: Enter in a form clicks its default button, a label
     * forwards its click to its field. Only the first is a step of the user's.
     */
    private void syntheticClick(RecordedEvent recorded, MouseInteractionData data) {
        int focusedId = log.focusedId;
        if (focusedId == StepLog.NO_NODE || focusedId == data.id()) {
            return;
        }
        PageState page = dom.view(recorded.window());
        Optional<DomNode> field = page.node(focusedId);
        Optional<DomNode> button = page.node(data.id());
        if (field.isPresent() && button.isPresent() && field.get().isTextField() && button.get().isSubmitButton()) {
            log.closeFill();
            log.add(recorded, new Action.Press(new TargetFinder(page).target(focusedId, null, null), "Enter"));
        }
    }

    private void doubleClick(RecordedEvent recorded) {
        // A double click arrives as click, click, dblclick: the two clicks become one double-click step.
        int clicks = 0;
        for (int i = log.size() - 1; i >= 0 && clicks < 2; i--) {
            Step step = log.get(i);
            if (step.action() instanceof Action.Click click && click.kind() == ClickKind.SINGLE
                    && recorded.timestamp() - step.timestamp() <= DOUBLE_CLICK_MILLIS
                    && step.window() == recorded.window()) {
                clicks++;
            } else {
                break;
            }
        }
        if (clicks == 0) {
            return;
        }
        Step first = log.get(log.size() - clicks);
        Action.Click click = (Action.Click) first.action();
        while (clicks-- > 0) {
            log.removeLast();
        }
        log.append(first.withAction(new Action.Click(click.target(), ClickKind.DOUBLE)));
    }

    /**
     * The clicked element is (or is inside) a link to another document or a submit button. Read as the click
     * lands: a widget may redraw it away before the page changes (a date picker's day).
     */
    private static boolean leadsAway(PageState page, int clicked, String currentUrl) {
        for (DomNode node : page.selfAndAncestors(clicked)) {
            String tag = node.tagName() == null ? "" : node.tagName().toLowerCase(Locale.ROOT);
            if ((tag.equals("a") || tag.equals("area")) && node.attribute("href")
                    .filter(href -> leavesPage(href, currentUrl)).isPresent() || node.isSubmitButton()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A link that can take the browser to another document: not one to a fragment of this page ({@code #}, a date
     * picker's day; recorders write it out as the page's own address plus the fragment) nor a script.
     */
    private static boolean leavesPage(String href, String currentUrl) {
        String trimmed = href.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return !lower.startsWith("#") && !lower.startsWith("javascript:")
                && !(currentUrl != null && trimmed.contains("#") && PageGestures.samePage(trimmed, currentUrl));
    }
}
