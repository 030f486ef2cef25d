package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps read so far and the moments the recognisers tell each other about. A gesture is often known only from
 * what another gesture left behind (a fill started by the click before it, a scroll that is a page change's
 * effect), so they share this log rather than each other's state.
 */
final class StepLog {

    /** A moment that has not happened: far enough in the past that no time window reaches it, without overflow. */
    static final long NEVER = Long.MIN_VALUE / 2;
    /** No node: nothing focused, clicked or edited. */
    static final int NO_NODE = Integer.MIN_VALUE;

    /** Scroll or resize events further apart than this are separate gestures. */
    static final long GESTURE_GAP_MILLIS = 400;
    /**
     * What the page does in answer to a click or a page change comes this soon after it: scrolls (to the top, to an
     * anchor), a dialog that goes as it came.
     */
    static final long EFFECT_MILLIS = 300;
    /** A scroll this close before a click or a field change is the browser bringing its target into view. */
    private static final long SCROLL_INTO_VIEW_MILLIS = 250;

    private final List<Step> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Integer, WindowHistory> windows = new HashMap<>();
    /** Clicks (by their event index) that landed on a link to another document or a submit button. */
    private final Set<Long> leadingClicks = new HashSet<>();

    /** The button that went down and is not yet a click, a drag or a context menu. */
    RecordedEvent pressed;
    int focusedId = NO_NODE;
    /** The node of the last click a button was pressed for. */
    int clickedId = NO_NODE;
    /** When the last click (the browser's click event, pressed for or not) happened, and on which node. */
    long lastClickAt = NEVER;
    int lastClickNode = NO_NODE;
    /** The focused editable element (contenteditable), whose text changing is typing. */
    int editableRoot = NO_NODE;
    /** The step a fill may still grow in: until focus moves or another step comes. */
    int openFill = -1;
    /** When a field's value last changed by the user's typing. */
    long lastInputAt = NEVER;
    long lastScrollAt = NEVER;
    /** When the page last changed (a navigation, a route rendered): scrolls right after it are its doing. */
    long pageChangedAt = NEVER;
    /** When the user last did anything the recording shows: pointer, typing, scrolling, a page change. */
    private long lastActivityAt = NEVER;

    /** The user did something the recording shows at {@code at}: a key cannot be read from what follows at once. */
    void activity(long at) {
        lastActivityAt = Math.max(lastActivityAt, at);
    }

    long lastActivityAt() {
        return lastActivityAt;
    }

    void note(String note) {
        notes.add(note);
    }

    List<String> notes() {
        return notes;
    }

    /** The window's history, started empty when the window is first seen. */
    WindowHistory history(int window) {
        return windows.computeIfAbsent(window, w -> new WindowHistory());
    }

    /** The address the window shows, or null before its first page. */
    String currentUrl(int window) {
        WindowHistory history = windows.get(window);
        return history == null ? null : history.current;
    }

    void clickLeadsAway(long eventIndex) {
        leadingClicks.add(eventIndex);
    }

    /** A click on a link or a submit button (or inside one), or a key press in a field: steps that can navigate. */
    boolean couldNavigate(Step step) {
        if (step.action() instanceof Action.Press) {
            return true;
        }
        return step.action() instanceof Action.Click && leadingClicks.contains(step.eventIndex());
    }

    void closeFill() {
        openFill = -1;
    }

    /** A new step, read from {@code recorded}; any step but a fill ends the open fill. */
    void add(RecordedEvent recorded, Action action) {
        Step previous = last();
        boolean actsOnElement = action instanceof Action.Click || action instanceof Action.Fill
                || action instanceof Action.Check || action instanceof Action.Select;
        if (actsOnElement && previous != null && previous.action() instanceof Action.Scroll
                && recorded.timestamp() - lastScrollAt <= SCROLL_INTO_VIEW_MILLIS) {
            steps.remove(steps.size() - 1); // the browser scrolled the target into view; replay will too
        }
        steps.add(new Step(steps.size() + 1, recorded.index(), recorded.timestamp(), recorded.window(), 0, action,
                currentUrl(recorded.window())));
        if (!(action instanceof Action.Fill)) {
            closeFill();
        }
    }

    int size() {
        return steps.size();
    }

    Step get(int position) {
        return steps.get(position);
    }

    void set(int position, Step step) {
        steps.set(position, step);
    }

    /** The last step of all windows, or null. */
    Step last() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }

    Step lastIn(int window) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).window() == window) {
                return steps.get(i);
            }
        }
        return null;
    }

    /** The last step becomes {@code basis} doing {@code action} instead: a gesture grew or turned out otherwise. */
    void replaceLast(Step basis, Action action) {
        steps.set(steps.size() - 1, basis.withAction(action));
    }

    void removeLast() {
        steps.remove(steps.size() - 1);
    }

    void append(Step step) {
        steps.add(step);
    }

    void setUrlAfter(Step step, String url) {
        int position = step.number() - 1;
        steps.set(position, steps.get(position).withUrlAfter(url));
    }

    /** The steps numbered from 1 in their final order, each with the time since the one before. */
    List<Step> numbered() {
        List<Step> numbered = new ArrayList<>(steps.size());
        long previous = steps.isEmpty() ? 0 : steps.get(0).timestamp();
        for (Step step : steps) {
            numbered.add(step.numbered(numbered.size() + 1, Math.max(0, step.timestamp() - previous)));
            previous = step.timestamp();
        }
        return numbered;
    }
}
