package dev.replayharness.journey;

import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.Custom;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.InputData;
import dev.replayharness.event.Meta;
import dev.replayharness.event.MouseInteraction;
import dev.replayharness.event.MouseInteractionData;
import dev.replayharness.event.MouseMoveData;
import dev.replayharness.event.MutationData;
import dev.replayharness.event.NodeType;
import dev.replayharness.event.ScrollData;
import dev.replayharness.event.ViewportResizeData;
import dev.replayharness.journey.Action.ClickKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what the user did out of a recording: the clicks they pressed for (not the mousedown, focus and mouseup
 * around them, nor the clicks a browser fires by itself), one fill per visit of a field with its final value,
 * check and select changes, Enter that submitted a form, scroll and resize gestures at rest, the pages they went
 * to and the back and forward moves among them. Navigations a step caused are not steps of their own: they are
 * the step's {@link Step#urlAfter()}.
 */
public final class JourneyExtractor {

    /** A navigation this soon after a user's step, with no other step between, is that step's effect. */
    private static final long CAUSE_MILLIS = 10_000;
    /** A page load this soon after a click on no link may be the click's script leaving; later it is the user's. */
    private static final long SCRIPT_NAVIGATION_MILLIS = 2_000;
    /** Scroll or resize events further apart than this are separate gestures. */
    private static final long GESTURE_GAP_MILLIS = 400;
    /** Scrolls this soon after a click or page change are the page's doing (scroll to top, to an anchor). */
    private static final long SCROLL_EFFECT_MILLIS = 300;
    /** A check or select change this soon after a click on the field (or its label) is that click's result. */
    private static final long CHANGE_AFTER_CLICK_MILLIS = 1_500;
    private static final long DOUBLE_CLICK_MILLIS = 600;
    /** A page view this soon after a button went down, before its click, waits for the click. */
    private static final long PRESS_MILLIS = 1_000;
    /** DOM added this soon after a field was emptied by the page shows the emptying was Enter's effect. */
    private static final long ENTER_EFFECT_MILLIS = 1_000;
    /** A key press comes this long after the last typed character at the soonest: earlier changes are typing's. */
    private static final long KEY_GAP_MILLIS = 100;
    /** A field value set this soon after a click elsewhere is the page's doing. */
    private static final long PAGE_SET_MILLIS = 100;
    /** A scroll this close before a click or a field change is the browser bringing its target into view. */
    private static final long SCROLL_INTO_VIEW_MILLIS = 250;
    /** The pointer, fields and scrolling still this long before a state moves between siblings: a key moved it. */
    private static final long QUIET_FOR_KEY_MILLIS = 400;
    /** A button let go this far from where it went down carried something: a drag, not a click. */
    private static final double DRAG_DISTANCE_PX = 10;
    /** Nodes added and removed in one mutation that make it a page change (a route rendered) rather than a tweak. */
    private static final int LARGE_CHANGE_NODES = 10;

    private final LiveDom dom = new LiveDom();
    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Integer, WindowHistory> windows = new HashMap<>();
    private String startUrl;
    private int viewportWidth;
    private int viewportHeight;
    private boolean urlChangesSeen;
    private RecordedEvent pressed;
    private int pressedId;
    private ElementTarget pressedTarget;
    /** Nodes added while the button was down: a dragged element's image (a mirror) is no place to drop on. */
    private final Set<Integer> addedWhilePressed = new HashSet<>();
    /** The browser's own drag and drop, which ends with no button-up event: where it was last seen. */
    private MouseMoveData.Position nativeDragAt;
    private RecordedEvent nativeDragEvent;
    private int focusedId = Integer.MIN_VALUE;
    private int clickedId = Integer.MIN_VALUE;
    /** The step a fill may still grow in: until focus moves or another step comes. */
    private int openFill = -1;
    /** A fill the page emptied just now, which becomes "typed, then Enter" if DOM appears elsewhere next. */
    private ClearedFill cleared;
    /** The open fill's text as recorded, masked or not (a masked one still tells its length). */
    private String openFillText;
    /** Text nodes added by recent mutations, to tell what a field's emptying led to. */
    private final java.util.ArrayDeque<AddedText> recentText = new java.util.ArrayDeque<>();
    /** When a field's value last changed by the user's typing. */
    private long lastInputAt = Long.MIN_VALUE / 2;
    /** When the user last typed a character into the open fill. */
    private long lastKeystrokeAt = Long.MIN_VALUE / 2;
    /** When the last click (the browser's click event) happened, and on which node. */
    private long lastClickAt = Long.MIN_VALUE / 2;
    private int lastClickNode = Integer.MIN_VALUE;
    /** The text of the focused editable element (contenteditable) as last seen, to see typing in it. */
    private String editableText;
    private int editableRoot = Integer.MIN_VALUE;
    /** A page view reported while a button was down, waiting for its click. */
    private RecordedEvent deferredPageview;
    private String deferredHref;
    private long lastScrollAt = Long.MIN_VALUE / 2;
    private long lastResizeAt = Long.MIN_VALUE / 2;
    private long lastEffectAt = Long.MIN_VALUE / 2;
    /** When the user last did anything the recording shows: pointer, typing, scrolling, a page change. */
    private long lastActivityAt = Long.MIN_VALUE / 2;
    /** A state class that moved between siblings while all was still, named as a step once its mutation applied. */
    private StateMoves.Move pendingMove;
    /** Clicks (by their event index) that landed on a link to another document or a submit button. */
    private final Set<Long> leadingClicks = new HashSet<>();
    /** Per parent, the state class first seen moving among its children (by a key or not): keys move it again. */
    private final Map<Integer, String> movingClasses = new HashMap<>();

    private JourneyExtractor() {
    }

    /** Reads the recording once, keeping its DOM alongside so that each step's target is named as it was. */
    public static Journey extract(Recording recording) {
        JourneyExtractor extractor = new JourneyExtractor();
        try (EventStream events = recording.events()) {
            while (events.hasNext()) {
                RecordedEvent event = events.next();
                try {
                    extractor.accept(event);
                } catch (RuntimeException damaged) {
                    extractor.notes.add("event " + event.index() + ": not read as a step: " + damaged.getMessage());
                }
                extractor.dom.apply(event);
                try {
                    extractor.applied(event);
                } catch (RuntimeException damaged) {
                    extractor.notes.add("event " + event.index() + ": not read as typing: " + damaged.getMessage());
                }
            }
        }
        return extractor.journey();
    }

    private static final class WindowHistory {
        final List<String> urls = new ArrayList<>();
        int position = -1;
        String current;

        void push(String url) {
            while (urls.size() > position + 1) {
                urls.remove(urls.size() - 1);
            }
            urls.add(url);
            position = urls.size() - 1;
            current = url;
        }
    }

    private void accept(RecordedEvent recorded) {
        var event = recorded.event();
        if (event instanceof Meta meta) {
            page(recorded, meta.href(), true);
            if (viewportWidth == 0) {
                viewportWidth = meta.width();
                viewportHeight = meta.height();
            }
        } else if (event instanceof Custom custom && "$pageview".equals(custom.tag())) {
            urlChangesSeen = true;
            String href = custom.pageviewHref().orElse(null);
            if (pressed != null && recorded.timestamp() - pressed.timestamp() <= PRESS_MILLIS) {
                // A router that acts on the press (or whose listener runs before the recorder's) reports the new
                // address before the click is recorded: it is the click's effect, so it waits for the click.
                flushPageview();
                deferredPageview = recorded;
                deferredHref = href;
                return;
            }
            page(recorded, href, false);
        } else if (event instanceof Incremental incremental && incremental.source().isPresent()) {
            switch (incremental.source().get()) {
                case MUTATION -> mutation(recorded, (MutationData) incremental.data());
                case MOUSE_INTERACTION -> pointer(recorded, (MouseInteractionData) incremental.data());
                case DRAG -> nativeDrag(recorded, (MouseMoveData) incremental.data());
                case MOUSE_MOVE, TOUCH_MOVE -> pointerMoved(recorded, (MouseMoveData) incremental.data());
                case INPUT -> input(recorded, (InputData) incremental.data());
                case SCROLL -> scroll(recorded, (ScrollData) incremental.data());
                case VIEWPORT_RESIZE -> resize(recorded, (ViewportResizeData) incremental.data());
                default -> { }
            }
        }
    }

    // ---- pages -------------------------------------------------------------------------------------------

    private void page(RecordedEvent recorded, String href, boolean load) {
        if (href == null || href.isEmpty()) {
            return;
        }
        activity(recorded.timestamp());
        WindowHistory history = windows.computeIfAbsent(recorded.window(), w -> new WindowHistory());
        if (history.current == null) {
            history.push(href);
            if (startUrl == null) {
                startUrl = href;
            }
            add(recorded, new Action.Navigate(href, Action.NavigationKind.FIRST));
            lastEffectAt = recorded.timestamp();
            return;
        }
        if (href.equals(history.current)) {
            return; // a new snapshot of the same page (posthog-js takes them), not a navigation
        }
        lastEffectAt = recorded.timestamp();
        Step last = lastStepIn(recorded.window());
        boolean userStep = last != null && !(last.action() instanceof Action.Navigate)
                && !(last.action() instanceof Action.History) && !(last.action() instanceof Action.Scroll)
                && !(last.action() instanceof Action.Resize);
        boolean recent = last != null && recorded.timestamp() - last.timestamp() <= CAUSE_MILLIS;
        boolean backOrForward = history.position > 0 && samePage(href, history.urls.get(history.position - 1))
                || history.position + 1 < history.urls.size()
                && samePage(href, history.urls.get(history.position + 1));
        // Returning to the page before (or after) is the browser's back (forward) button unless the last step could
        // have gone there itself: a link, a submit button. A page load long after a click on something that is no
        // link is the user's own (a typed address, a bookmark): a script the click ran would have left at once.
        boolean couldLead = userStep && couldNavigate(last);
        boolean scriptedSoon = last != null && recorded.timestamp() - last.timestamp() <= SCRIPT_NAVIGATION_MILLIS;
        boolean caused = userStep && recent && (couldLead || !backOrForward && (!load || scriptedSoon));
        if (caused && causedNavigation.add(last.number())) {
            history.push(href); // the click or submit led here
            setUrlAfter(last, href);
            return;
        }
        if (history.position > 0 && samePage(href, history.urls.get(history.position - 1))) {
            history.position--;
            history.current = href;
            add(recorded, new Action.History(Action.HistoryDirection.BACK, href));
        } else if (history.position + 1 < history.urls.size()
                && samePage(href, history.urls.get(history.position + 1))) {
            history.position++;
            history.current = href;
            add(recorded, new Action.History(Action.HistoryDirection.FORWARD, href));
        } else if (load && !caused) {
            history.push(href);
            add(recorded, new Action.Navigate(href, Action.NavigationKind.LOAD));
        } else {
            history.push(href); // a redirect, by the server or the app: still the last step's effect
            if (last != null) {
                setUrlAfter(last, href);
            }
        }
    }

    /** The field a page emptied right after the user typed in it, and what it held before. */
    private record ClearedFill(int step, long at, String valueBefore, boolean masked) {

        /**
         * The typed text appears in {@code text}: for a masked value, whose characters are unknown, a text as long
         * as it was (masking writes one asterisk per character).
         */
        boolean showsUpIn(String text) {
            String shown = text.strip();
            if (masked) {
                return valueBefore != null && shown.length() == valueBefore.strip().length();
            }
            String typed = valueBefore == null ? "" : valueBefore.strip().toLowerCase(Locale.ROOT);
            return !typed.isEmpty() && shown.toLowerCase(Locale.ROOT).contains(typed);
        }
    }

    /** A text node a mutation added, or a text it changed to. */
    private record AddedText(long at, String text) {
    }

    private static List<String> addedText(MutationData mutation) {
        List<String> texts = new ArrayList<>();
        for (MutationData.NodeAddition addition : mutation.adds()) {
            collectText(addition.node(), texts);
        }
        for (MutationData.TextChange change : mutation.texts()) {
            if (change.value() != null && !change.value().isBlank()) {
                texts.add(change.value());
            }
        }
        return texts;
    }

    private static void collectText(dev.replayharness.event.SerializedNode node, List<String> texts) {
        if (node instanceof dev.replayharness.event.TextNode text) {
            if (!text.isStyle() && text.textContent() != null && !text.textContent().isBlank()) {
                texts.add(text.textContent());
            }
            return;
        }
        for (dev.replayharness.event.SerializedNode child : node.childNodes()) {
            collectText(child, texts);
        }
    }

    /**
     * The same page, fragments aside: jumping to an anchor changes the address without a page load, so the entry
     * the back button returns to may carry a fragment the recording never saw.
     */
    private static boolean samePage(String a, String b) {
        int hashA = a.indexOf('#');
        int hashB = b.indexOf('#');
        return (hashA < 0 ? a : a.substring(0, hashA)).equals(hashB < 0 ? b : b.substring(0, hashB));
    }

    /** A click on a link or a submit button (or inside one), or a key press in a field: steps that can navigate. */
    private boolean couldNavigate(Step step) {
        if (step.action() instanceof Action.Press) {
            return true;
        }
        return step.action() instanceof Action.Click && leadingClicks.contains(step.eventIndex());
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
                && !(currentUrl != null && trimmed.contains("#") && samePage(trimmed, currentUrl));
    }

    private void flushPageview() {
        if (deferredPageview != null) {
            RecordedEvent pageview = deferredPageview;
            deferredPageview = null;
            page(pageview, deferredHref, false);
        }
    }

    /** Step numbers that already led to a page change: the next change is a redirect or the user's own move. */
    private final Set<Integer> causedNavigation = new HashSet<>();

    private void setUrlAfter(Step step, String url) {
        int position = step.number() - 1;
        steps.set(position, steps.get(position).withUrlAfter(url));
    }

    // ---- page changes ------------------------------------------------------------------------------------

    /**
     * A dialog that goes away without a click on it was dismissed with Escape; a large change to the page with
     * no step behind it is the app's doing, and scrolls right after it are too (scroll restoration).
     */
    private void mutation(RecordedEvent recorded, MutationData mutation) {
        Optional<StateMoves.Move> move = StateMoves.in(dom.view(recorded.window()), mutation, movingClasses);
        if (move.isPresent()) {
            // Another class moving among the same siblings than the one first seen moving there is the same change
            // ending (a slide marked 'present' once its transition ended), not a key of its own.
            String first = movingClasses.putIfAbsent(move.get().parent(), move.get().token());
            if ((first == null || first.equals(move.get().token())) && pendingMove == null
                    && keyCouldHaveMoved(recorded)) {
                pendingMove = move.get();
            }
        }
        if (pressed != null) {
            mutation.adds().forEach(addition -> addedWhilePressed.add(addition.node().id()));
        }
        enterFromEffect(recorded, mutation);
        if (mutation.removes().size() + mutation.adds().size() >= LARGE_CHANGE_NODES) {
            lastEffectAt = recorded.timestamp();
        }
        PageState page = dom.view(recorded.window());
        for (MutationData.NodeRemoval removal : mutation.removes()) {
            Optional<DomNode> removed = page.node(removal.id());
            if (removed.isPresent() && page.containsDialog(removed.get(), 3)) {
                dialogClosed(recorded, page, removal.id());
                return;
            }
        }
        for (MutationData.AttributeChange change : mutation.attributes()) {
            if (change.attributes().containsKey("open") && change.attributes().get("open").isNull()
                    && page.node(change.id()).map(node -> "dialog".equalsIgnoreCase(node.tagName())).orElse(false)) {
                dialogClosed(recorded, page, change.id());
                return;
            }
        }
    }

    /**
     * rrweb records no key presses. A field the page empties right after the user typed in it, with new content
     * added elsewhere straight after, is the app taking the typed text on Enter (a keydown listener, no form): the
     * step becomes the text as typed, then Enter.
     */
    private void enterFromEffect(RecordedEvent recorded, MutationData mutation) {
        List<String> added = addedText(mutation);
        added.forEach(text -> recentText.addLast(new AddedText(recorded.timestamp(), text)));
        while (!recentText.isEmpty() && recorded.timestamp() - recentText.peekFirst().at() > 2 * ENTER_EFFECT_MILLIS) {
            recentText.removeFirst();
        }
        ClearedFill fill = cleared;
        if (fill == null) {
            return;
        }
        if (recorded.timestamp() - fill.at() > ENTER_EFFECT_MILLIS || fill.step() != steps.size() - 1) {
            cleared = null;
            return;
        }
        if (typedTextShown(fill, recorded.timestamp())) {
            enterPressed(recorded, fill);
        }
    }

    /**
     * The emptied field's text showed up in DOM added within the Enter window before {@code now}. The page's own
     * rendering of a keystroke follows it at once; Enter comes a human moment later, so text added that soon after
     * the last typed character does not count.
     */
    private boolean typedTextShown(ClearedFill fill, long now) {
        return recentText.stream().anyMatch(added -> added.at() > lastKeystrokeAt + KEY_GAP_MILLIS
                && now - added.at() <= ENTER_EFFECT_MILLIS && fill.showsUpIn(added.text()));
    }

    /** The field's text was taken by the page: the fill is what was typed, and Enter follows it. */
    private void enterPressed(RecordedEvent recorded, ClearedFill fill) {
        cleared = null;
        Step typed = steps.get(fill.step());
        Action.Fill action = (Action.Fill) typed.action();
        steps.set(fill.step(), typed.withAction(new Action.Fill(action.target(), fill.valueBefore(), fill.masked())));
        openFill = -1;
        add(recorded, new Action.Press(action.target(), "Enter"));
    }

    private void dialogClosed(RecordedEvent recorded, PageState page, int dialogId) {
        Step last = lastStepIn(recorded.window());
        if (last == null) {
            return;
        }
        boolean byClick = last.action() instanceof Action.Click click && (click.target().nodeId() == dialogId
                || page.ancestors(click.target().nodeId()).stream().anyMatch(node -> node.id() == dialogId));
        boolean openedJustNow = last.action() instanceof Action.Click
                && recorded.timestamp() - last.timestamp() <= SCROLL_EFFECT_MILLIS;
        if (!byClick && !openedJustNow) {
            ElementTarget focused = focusedId == Integer.MIN_VALUE || page.node(focusedId).isEmpty() ? null
                    : new TargetFinder(page).target(focusedId, null, null);
            add(recorded, new Action.Press(focused, "Escape"));
        }
    }

    // ---- pointer -----------------------------------------------------------------------------------------

    private void pointer(RecordedEvent recorded, MouseInteractionData data) {
        MouseInteraction type = data.type().orElse(null);
        if (type == null) {
            return;
        }
        activity(recorded.timestamp());
        switch (type) {
            case MOUSE_DOWN, TOUCH_START -> {
                endNativeDrag();
                flushPageview();
                addedWhilePressed.clear();
                // Named now, as the page is when the button goes down: the click's own effects must not change it.
                pressed = recorded;
                pressedId = data.id();
                TargetFinder finder = new TargetFinder(dom.view(recorded.window()));
                pressedTarget = finder.target(finder.actionable(data.id()), data.x(), data.y());
            }
            case FOCUS -> {
                // Focus moving into the field being filled (a cell editor the first key opened) keeps the fill.
                boolean intoOpenFill = openFill >= 0 && steps.get(openFill).action() instanceof Action.Fill fill
                        && fill.target().nodeId() == data.id();
                if (data.id() != focusedId && !intoOpenFill) {
                    openFill = -1;
                }
                focusedId = data.id();
                PageState page = dom.view(recorded.window());
                editableRoot = editableHost(page, data.id()).map(DomNode::id).orElse(Integer.MIN_VALUE);
                editableText = editableRoot == Integer.MIN_VALUE ? null : page.textContent(editableRoot);
            }
            case BLUR -> {
                if (data.id() == focusedId) {
                    focusedId = Integer.MIN_VALUE;
                    openFill = -1;
                }
            }
            case MOUSE_UP, TOUCH_END -> released(recorded, data);
            case CLICK -> click(recorded, data);
            case DBL_CLICK -> doubleClick(recorded, data);
            case CONTEXT_MENU -> {
                if (pressed != null) {
                    add(pressed, new Action.Click(pressedTarget(recorded, data), ClickKind.RIGHT));
                    pressed = null;
                }
            }
            default -> { }
        }
    }

    private void click(RecordedEvent recorded, MouseInteractionData data) {
        lastClickAt = recorded.timestamp();
        lastClickNode = data.id();
        if (pressed == null) {
            syntheticClick(recorded, data);
            return;
        }
        ElementTarget clicked = pressedTarget(recorded, data);
        add(pressed, new Action.Click(clicked, ClickKind.SINGLE));
        WindowHistory history = windows.get(recorded.window());
        if (leadsAway(dom.view(recorded.window()), clicked.nodeId(), history == null ? null : history.current)) {
            leadingClicks.add(pressed.index());
        }
        clickedId = data.id();
        pressed = null;
        flushPageview();
        if (data.id() != focusedId) {
            openFill = -1;
        }
    }

    /**
     * A button let go well away from where it went down carried something there (dragula, sortable lists, a
     * slider): the drag is the step, and the click the browser may fire on a common ancestor is none.
     */
    private void released(RecordedEvent recorded, MouseInteractionData data) {
        if (pressed == null || data.x() == null || data.y() == null || !(pressed.event() instanceof Incremental down)
                || !(down.data() instanceof MouseInteractionData from) || from.x() == null || from.y() == null
                || Math.hypot(data.x() - from.x(), data.y() - from.y()) < DRAG_DISTANCE_PX) {
            return;
        }
        dragged(recorded, data.id(), data.x(), data.y());
    }

    /** The browser's drag and drop reports positions while it lasts and no button-up at its end. */
    private void nativeDrag(RecordedEvent recorded, MouseMoveData data) {
        if (pressed != null && !data.positions().isEmpty()) {
            nativeDragAt = data.positions().get(data.positions().size() - 1);
            nativeDragEvent = recorded;
        }
    }

    /** A browser drag and drop is over once anything else is pressed, or the recording ends: it ended where last seen. */
    private void endNativeDrag() {
        if (pressed != null && nativeDragAt != null) {
            dragged(nativeDragEvent, nativeDragAt.id(), nativeDragAt.x(), nativeDragAt.y());
        }
        nativeDragAt = null;
        nativeDragEvent = null;
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
        add(recorded, new Action.Drag(pressedTarget, dropTarget, x, y));
        pressed = null;
        nativeDragAt = null;
        openFill = -1;
        flushPageview();
    }

    private ElementTarget pressedTarget(RecordedEvent recorded, MouseInteractionData data) {
        if (data.id() == pressedId) {
            return new ElementTarget(pressedTarget.nodeId(), pressedTarget.tagName(), pressedTarget.name(),
                    pressedTarget.candidates(), data.x() != null ? data.x() : pressedTarget.pointX(),
                    data.y() != null ? data.y() : pressedTarget.pointY(), pressedTarget.text(),
                    pressedTarget.regionText());
        }
        TargetFinder finder = new TargetFinder(dom.view(recorded.window()));
        return finder.target(finder.actionable(data.id()), data.x(), data.y());
    }

    /**
     * A click no button was pressed for is the browser's: Enter in a form clicks its default button, a label
     * forwards its click to its field. Only the first is a step of the user's.
     */
    private void syntheticClick(RecordedEvent recorded, MouseInteractionData data) {
        if (focusedId == Integer.MIN_VALUE || focusedId == data.id()) {
            return;
        }
        PageState page = dom.view(recorded.window());
        Optional<DomNode> field = page.node(focusedId);
        Optional<DomNode> button = page.node(data.id());
        if (field.isPresent() && button.isPresent() && field.get().isTextField() && button.get().isSubmitButton()) {
            openFill = -1;
            add(recorded, new Action.Press(new TargetFinder(page).target(focusedId, null, null), "Enter"));
        }
    }

    private void doubleClick(RecordedEvent recorded, MouseInteractionData data) {
        // A double click arrives as click, click, dblclick: the two clicks become one double-click step.
        int clicks = 0;
        for (int i = steps.size() - 1; i >= 0 && clicks < 2; i--) {
            Step step = steps.get(i);
            if (step.action() instanceof Action.Click click && click.kind() == ClickKind.SINGLE
                    && recorded.timestamp() - step.timestamp() <= DOUBLE_CLICK_MILLIS && step.window() == recorded.window()) {
                clicks++;
            } else {
                break;
            }
        }
        if (clicks == 0) {
            return;
        }
        Step first = steps.get(steps.size() - clicks);
        Action.Click click = (Action.Click) first.action();
        while (clicks-- > 0) {
            steps.remove(steps.size() - 1);
        }
        steps.add(first.withAction(new Action.Click(click.target(), ClickKind.DOUBLE)));
    }

    // ---- keys read from their effect ---------------------------------------------------------------------

    /** The user did something the recording shows at {@code at}: a key cannot be read from what follows at once. */
    private void activity(long at) {
        lastActivityAt = Math.max(lastActivityAt, at);
    }

    /** Nothing of the user's moved for a moment and the focus is on no field: a key could act on the page itself. */
    private boolean keyCouldHaveMoved(RecordedEvent recorded) {
        if (recorded.timestamp() - lastActivityAt < QUIET_FOR_KEY_MILLIS || pressed != null
                || editableRoot != Integer.MIN_VALUE) {
            return false;
        }
        return focusedId == Integer.MIN_VALUE || dom.view(recorded.window()).node(focusedId)
                .map(node -> !node.isTextField()).orElse(true);
    }

    /** The moved state is the step's goal, so its element is named as it stands once it has the class. */
    private void keyMoved(RecordedEvent recorded) {
        StateMoves.Move move = pendingMove;
        pendingMove = null;
        PageState page = dom.view(recorded.window());
        if (page.node(move.to()).isPresent()) {
            add(recorded, new Action.KeyToReach(new TargetFinder(page).target(move.to(), null, null), move.token(),
                    move.forward()));
        }
    }

    /**
     * rrweb sends pointer samples in batches, after the moment they tell of: a move just before a state moved was
     * the pointer's doing (a hover), so a key step read there is taken back.
     */
    private void pointerMoved(RecordedEvent recorded, MouseMoveData data) {
        Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        for (MouseMoveData.Position position : data.positions()) {
            long at = recorded.timestamp() + position.timeOffset();
            activity(at);
            if (last != null && last.action() instanceof Action.KeyToReach && last.window() == recorded.window()
                    && at >= last.timestamp() - QUIET_FOR_KEY_MILLIS && at <= last.timestamp() + 50) {
                steps.remove(steps.size() - 1);
                last = null;
            }
        }
    }

    // ---- editable elements -------------------------------------------------------------------------------

    /**
     * Typing into a contenteditable element (a rich-text editor) is no input event: rrweb sees only the text
     * changing under it. Once a mutation has been applied, a focused editable element whose text changed was
     * typed in; the fill's value is its text.
     */
    private void applied(RecordedEvent recorded) {
        if (pendingMove != null) {
            keyMoved(recorded);
        }
        if (editableRoot == Integer.MIN_VALUE || !(recorded.event() instanceof Incremental incremental)
                || incremental.source().filter(source -> source == dev.replayharness.event.IncrementalSource.MUTATION)
                .isEmpty()) {
            return;
        }
        PageState page = dom.view(recorded.window());
        if (page.node(editableRoot).isEmpty()) {
            editableRoot = Integer.MIN_VALUE;
            return;
        }
        String text = page.textContent(editableRoot);
        if (text.equals(editableText)) {
            return; // formatting, not typing: the text is the same
        }
        editableText = text;
        String shown = TargetFinder.normalize(text);
        boolean masked = !shown.isEmpty() && shown.chars().allMatch(c -> c == '*' || Character.isWhitespace(c));
        typed(recorded, page, editableRoot, shown, masked);
    }

    /** The outermost element that makes {@code nodeId} editable (contenteditable), if any. */
    private static Optional<DomNode> editableHost(PageState page, int nodeId) {
        DomNode host = null;
        for (DomNode candidate : page.selfAndAncestors(nodeId)) {
            String editable = candidate.attribute("contenteditable").orElse(null);
            if (editable == null) {
                continue;
            }
            if (editable.equalsIgnoreCase("false")) {
                break;
            }
            host = candidate;
        }
        return Optional.ofNullable(host);
    }

    // ---- fields ------------------------------------------------------------------------------------------

    private void input(RecordedEvent recorded, InputData data) {
        PageState page = dom.view(recorded.window());
        boolean focusedHere = focusedOn(page, data.id());
        if (focusedHere) {
            // Typing goes to the focused field; a value the page sets elsewhere (a select following the slide) is
            // nothing the user did.
            activity(recorded.timestamp());
        }
        Optional<DomNode> node = page.node(data.id());
        if (node.isEmpty() || node.get().tagName() == null) {
            return;
        }
        String tag = node.get().tagName().toLowerCase(Locale.ROOT);
        String type = node.get().attribute("type").orElse("text").toLowerCase(Locale.ROOT);
        boolean theirs = focusedHere || data.id() == clickedId;
        boolean masked = data.text() != null && !data.text().isEmpty() && data.text().chars().allMatch(c -> c == '*');
        if (tag.equals("input") && (type.equals("checkbox") || type.equals("radio"))) {
            if (theirs || lastClickOnLabel(recorded)) {
                changeAfterClick(recorded, data.id(), new TargetFinder(page), target ->
                        new Action.Check(target, type.equals("radio") || data.isChecked()));
            }
            return;
        }
        if (tag.equals("select")) {
            String current = node.get().value();
            // A framework rendering a select with its default, or syncing it, is not the user choosing.
            if (theirs && data.text() != null && !data.text().equals(current)) {
                String label = masked ? null : optionLabel(page, node.get(), data.text());
                changeAfterClick(recorded, data.id(), new TargetFinder(page), target ->
                        new Action.Select(target, masked ? null : data.text(), label, masked));
            }
            return;
        }
        if (!node.get().isTextField()) {
            return;
        }
        String before = node.get().value() != null ? node.get().value() : node.get().attribute("value").orElse("");
        boolean keystroke = isKeystroke(before, data.text() == null ? "" : data.text());
        boolean focusUnknown = focusedId == Integer.MIN_VALUE || page.node(focusedId).isEmpty();
        // A value the page sets as a click lands (an autocomplete writing the chosen item) is the click's effect.
        boolean setByClick = recorded.timestamp() - lastClickAt <= PAGE_SET_MILLIS && lastClickNode != data.id()
                && !keystroke;
        // Typing shows as one character more or less at a time, even where the focus went unrecorded (a field
        // the page focused as it created it).
        boolean typing = keystroke && (focusUnknown || focusedHere);
        if (!(theirs && !setByClick || typing)) {
            return; // a script set a value in a field the user is not in
        }
        if (keystroke && data.text() != null && data.text().length() > before.length()) {
            lastKeystrokeAt = recorded.timestamp();
        }
        lastInputAt = recorded.timestamp();
        typed(recorded, page, data.id(), data.text(), masked);
    }

    /**
     * The focus is on this node, or on the host of the shadow tree it is in: focus events are retargeted to the
     * host for listeners outside it, so that is what the recorder saw (a web component's field).
     */
    private boolean focusedOn(PageState page, int nodeId) {
        return nodeId == focusedId || focusedId != Integer.MIN_VALUE
                && page.ancestors(nodeId).stream().anyMatch(ancestor -> ancestor.id() == focusedId);
    }

    /** One character added or removed: what a key press does to a value. */
    static boolean isKeystroke(String before, String after) {
        if (Math.abs(before.length() - after.length()) != 1) {
            return false;
        }
        String longer = before.length() > after.length() ? before : after;
        String shorter = before.length() > after.length() ? after : before;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** The user's typing in a field (or editable element) now reads {@code text}: a fill, new or grown. */
    private void typed(RecordedEvent recorded, PageState page, int fieldId, String text, boolean masked) {
        if (openFill >= 0 && openFill == steps.size() - 1
                && steps.get(openFill).action() instanceof Action.Fill fill && fill.target().nodeId() == fieldId) {
            boolean emptied = (text == null || text.isEmpty())
                    && (fill.masked() || fill.value() != null && !fill.value().isEmpty());
            cleared = emptied ? new ClearedFill(openFill, recorded.timestamp(), openFillText, fill.masked())
                    : null;
            steps.set(openFill, steps.get(openFill).withAction(new Action.Fill(fill.target(),
                    masked ? null : text, masked)));
            openFillText = text;
            if (cleared != null && typedTextShown(cleared, recorded.timestamp())) {
                enterPressed(recorded, cleared); // the page showed the text before it emptied the field
            }
            return;
        }
        Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        Action.Fill fill = null;
        if (last != null && last.action() instanceof Action.Click click && click.target().nodeId() == fieldId
                && click.kind() == ClickKind.SINGLE) {
            // Clicking into a field to type in it is part of filling it.
            fill = new Action.Fill(click.target(), masked ? null : text, masked);
            steps.set(steps.size() - 1, last.withAction(fill));
        } else {
            add(recorded, new Action.Fill(new TargetFinder(page).target(fieldId, null, null),
                    masked ? null : text, masked));
        }
        openFill = steps.size() - 1;
        openFillText = text;
    }

    /** A check or select change right after a click on that field (or its label) replaces the click. */
    private void changeAfterClick(RecordedEvent recorded, int fieldId, TargetFinder finder,
                                  java.util.function.Function<ElementTarget, Action> change) {
        openFill = -1;
        Step last = lastStepIn(recorded.window());
        if (last != null && last.action() instanceof Action.Click click && click.kind() == ClickKind.SINGLE
                && recorded.timestamp() - last.timestamp() <= CHANGE_AFTER_CLICK_MILLIS
                && (click.target().nodeId() == fieldId || click.target().tagName().equals("label"))) {
            steps.set(steps.size() - 1, last.withAction(change.apply(finder.target(fieldId, click.target().pointX(),
                    click.target().pointY()))));
            return;
        }
        add(recorded, change.apply(finder.target(fieldId, null, null)));
    }

    private boolean lastClickOnLabel(RecordedEvent recorded) {
        Step last = lastStepIn(recorded.window());
        return last != null && last.action() instanceof Action.Click click && click.target().tagName().equals("label")
                && recorded.timestamp() - last.timestamp() <= CHANGE_AFTER_CLICK_MILLIS;
    }

    private static String optionLabel(PageState page, DomNode select, String value) {
        for (DomNode option : descendants(page, select)) {
            if ("option".equalsIgnoreCase(option.tagName())
                    && value.equals(option.attribute("value").orElse(TargetFinder.normalize(page.textContent(option.id()))))) {
                return TargetFinder.normalize(page.textContent(option.id()));
            }
        }
        return null;
    }

    private static List<DomNode> descendants(PageState page, DomNode root) {
        List<DomNode> found = new ArrayList<>();
        for (int childId : root.childIds()) {
            page.node(childId).ifPresent(child -> {
                if (child.type() == NodeType.ELEMENT) {
                    found.add(child);
                    found.addAll(descendants(page, child));
                }
            });
        }
        return found;
    }

    // ---- scroll and resize -------------------------------------------------------------------------------

    private void scroll(RecordedEvent recorded, ScrollData data) {
        long t = recorded.timestamp();
        activity(recorded.timestamp());
        Step last = lastStepIn(recorded.window());
        if (last != null && last.action() instanceof Action.Scroll scroll && t - lastScrollAt <= GESTURE_GAP_MILLIS
                && sameScrollTarget(scroll, data)) {
            steps.set(steps.size() - 1, last.withAction(new Action.Scroll(scroll.target(), data.x(), data.y())));
            lastScrollAt = t;
            return;
        }
        // Scrolls just after a step are its effect, or the browser bringing its target into view (a throttled
        // scroll event arrives after the click it preceded).
        // ... and so are scrolls while the user types (an editor keeping its caret, or its hidden input, in view).
        boolean effect = t - lastEffectAt <= SCROLL_EFFECT_MILLIS || t - lastInputAt <= SCROLL_EFFECT_MILLIS
                || last != null
                && !(last.action() instanceof Action.Scroll) && !(last.action() instanceof Action.Resize)
                && t - last.timestamp() <= SCROLL_EFFECT_MILLIS;
        if (effect) {
            return;
        }
        PageState page = dom.view(recorded.window());
        Optional<DomNode> node = page.node(data.id());
        boolean wholePage = node.isEmpty() || node.get().type() == NodeType.DOCUMENT
                || node.get().tagName() != null && List.of("html", "body").contains(
                node.get().tagName().toLowerCase(Locale.ROOT));
        if (node.isEmpty()) {
            return;
        }
        ElementTarget target = wholePage ? null : new TargetFinder(page).target(data.id(), null, null);
        openFill = -1;
        add(recorded, new Action.Scroll(target, data.x(), data.y()));
        lastScrollAt = t;
    }

    private static boolean sameScrollTarget(Action.Scroll scroll, ScrollData data) {
        return scroll.target() == null ? true : scroll.target().nodeId() == data.id();
    }

    private void resize(RecordedEvent recorded, ViewportResizeData data) {
        long t = recorded.timestamp();
        activity(recorded.timestamp());
        Step last = lastStepIn(recorded.window());
        if (last != null && last.action() instanceof Action.Resize && t - lastResizeAt <= GESTURE_GAP_MILLIS) {
            steps.set(steps.size() - 1, last.withAction(new Action.Resize(data.width(), data.height())));
        } else {
            add(recorded, new Action.Resize(data.width(), data.height()));
        }
        lastResizeAt = t;
    }

    // ---- steps -------------------------------------------------------------------------------------------

    private void add(RecordedEvent recorded, Action action) {
        Step previous = steps.isEmpty() ? null : steps.get(steps.size() - 1);
        boolean actsOnElement = action instanceof Action.Click || action instanceof Action.Fill
                || action instanceof Action.Check || action instanceof Action.Select;
        if (actsOnElement && previous != null && previous.action() instanceof Action.Scroll
                && recorded.timestamp() - lastScrollAt <= SCROLL_INTO_VIEW_MILLIS) {
            steps.remove(steps.size() - 1); // the browser scrolled the target into view; replay will too
        }
        WindowHistory history = windows.get(recorded.window());
        steps.add(new Step(steps.size() + 1, recorded.index(), recorded.timestamp(), recorded.window(), 0, action,
                history == null ? null : history.current));
        if (!(action instanceof Action.Fill)) {
            openFill = -1;
        }
    }

    private Step lastStepIn(int window) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).window() == window) {
                return steps.get(i);
            }
        }
        return null;
    }

    private Journey journey() {
        endNativeDrag();
        flushPageview();
        List<Step> numbered = new ArrayList<>(steps.size());
        long previous = steps.isEmpty() ? 0 : steps.get(0).timestamp();
        for (Step step : steps) {
            numbered.add(step.numbered(numbered.size() + 1, Math.max(0, step.timestamp() - previous)));
            previous = step.timestamp();
        }
        return new Journey(numbered, startUrl, viewportWidth, viewportHeight, urlChangesSeen, notes);
    }
}
