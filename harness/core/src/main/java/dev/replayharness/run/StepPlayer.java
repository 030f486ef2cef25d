package dev.replayharness.run;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.MouseButton;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.inputs.InputValues;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.ElementTarget;
import dev.replayharness.journey.SelectorCandidate;
import dev.replayharness.journey.Step;
import dev.replayharness.journey.TextRegions;

import java.util.ArrayList;
import java.util.List;

/** Does one step's action on the live page. */
final class StepPlayer {

    /**
     * What doing the action found out: the selector that won, what is worth a note, the target's and its region's
     * text (the target's null when a mask selector covers it), and whether masked text was left out of the region's.
     */
    record Done(TargetLocator.Found found, List<String> notes, String targetText, String regionText,
                boolean regionPartlyMasked) {
        Done(TargetLocator.Found found, List<String> notes) {
            this(found, notes, null, null, false);
        }
    }

    /**
     * The element's own text (or, for a control without text, the name it reads by) and its region's (nearest
     * form, dialog, section...), scripts and styles left out, and the text of elements the mask selectors match
     * (volatile content the user named) left out too; then whether the region had such text, and whether the
     * element itself is masked.
     */
    private static final String TEXT_PROBE = """
            (element, selectors) => {
              const masks = selectors.filter(selector => {
                try { document.querySelector(selector); return true; } catch (e) { return false; }
              });
              const maskedAt = node => masks.some(selector => node.closest(selector));
              let skipped = false;
              const text = (node, unmasked) => {
                const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT, {
                  acceptNode: t => {
                    if (!t.parentElement || t.parentElement.closest('script,style,noscript,template')) {
                      return NodeFilter.FILTER_REJECT;
                    }
                    if (unmasked && t.nodeValue.trim() && maskedAt(t.parentElement)) {
                      skipped = true;
                      return NodeFilter.FILTER_REJECT;
                    }
                    return NodeFilter.FILTER_ACCEPT;
                  } });
                let all = '';
                while (walker.nextNode()) all += ' ' + walker.currentNode.nodeValue;
                return all.replace(/\\s+/g, ' ').trim();
              };
              // A control without text reads by its label, a button's value, its title.
              const named = element.closest('[title],[data-tooltip],[data-title],[alt]');
              const tip = named && (named === element || named.contains(element) && !text(named, false))
                ? (named.getAttribute('title') || named.getAttribute('data-tooltip')
                   || named.getAttribute('data-title') || named.getAttribute('alt')) : '';
              const name = () => (element.getAttribute('aria-label')
                || (element.matches('input[type=button],input[type=submit],input[type=reset]') ? element.value : '')
                || tip || '').replace(/\\s+/g, ' ').trim();
              const region = element.closest(%s);
              const regionText = region ? text(region, true) : null;
              return [text(element, false) || name(), regionText, skipped, maskedAt(element)];
            }""".formatted("'" + TextRegions.SELECTOR + "'");

    private final Page page;
    private final NetworkPolicy network;
    private final InputValues inputs;
    private final long timeoutMillis;
    private final PageWatch watch;
    private final List<String> maskSelectors;

    StepPlayer(Page page, NetworkPolicy network, InputValues inputs, long timeoutMillis, PageWatch watch,
               List<String> maskSelectors) {
        this.maskSelectors = List.copyOf(maskSelectors);
        this.page = page;
        this.network = network;
        this.inputs = inputs;
        this.timeoutMillis = timeoutMillis;
        this.watch = watch;
    }

    Done play(Step step) {
        List<String> notes = new ArrayList<>();
        Action action = step.action();
        if (action instanceof Action.Navigate navigate) {
            String url = network.addressFor(navigate.url());
            Response response = page.navigate(url, new Page.NavigateOptions().setTimeout(timeoutMillis));
            if (response != null && (response.status() == 401 || response.status() == 403)) {
                throw new StepFailed(new StepFailure.NeedsSession(url, "HTTP " + response.status()));
            }
            if (response != null && response.status() >= 400) {
                throw new StepFailed(url + " answered HTTP " + response.status());
            }
            return new Done(null, notes);
        }
        if (action instanceof Action.History history) {
            Response response = history.direction() == Action.HistoryDirection.BACK
                    ? page.goBack(new Page.GoBackOptions().setTimeout(timeoutMillis))
                    : page.goForward(new Page.GoForwardOptions().setTimeout(timeoutMillis));
            if (response != null && response.status() >= 400) {
                throw new StepFailed(response.url() + " answered HTTP " + response.status());
            }
            return new Done(null, notes);
        }
        if (action instanceof Action.Resize resize) {
            page.setViewportSize(resize.width(), resize.height());
            return new Done(null, notes);
        }
        if (action instanceof Action.Scroll scroll) {
            return scroll(scroll, notes);
        }
        if (action instanceof Action.Press press && press.target() == null) {
            page.keyboard().press(press.key());
            return new Done(null, notes);
        }
        if (action instanceof Action.KeyToReach key) {
            return keyToReach(key, notes);
        }
        ElementTarget target = action.target();
        String value = valueOf(step, action, target);
        if (target.candidates().isEmpty()) {
            return byCoordinates(action, target, notes);
        }
        // A styled checkbox or radio hides its real input: found hidden, it is set through what the user clicked.
        TargetLocator.Found found;
        boolean typedAtFocus = false;
        try {
            found = TargetLocator.find(page, target, timeoutMillis, watch, action instanceof Action.Check);
        } catch (StepFailed absent) {
            found = typedAtFocus(action, target, value, absent);
            typedAtFocus = true;
            notes.add("the field appeared only once typed into (a cell editor): typed the value at the focus");
        }
        Locator element = found.locator();
        if (found.revealedByHover()) {
            notes.add(target.describe() + " shows only on hover: hovered what holds it, as the user's pointer did");
        }
        List<?> texts = (List<?>) element.evaluate(TEXT_PROBE, maskSelectors);
        if (action instanceof Action.Click click) {
            com.microsoft.playwright.options.Position point = recordedPoint(element, target);
            switch (click.kind()) {
                case SINGLE -> element.click(withPoint(new Locator.ClickOptions().setTimeout(timeoutMillis), point));
                case DOUBLE -> element.dblclick(point == null
                        ? new Locator.DblclickOptions().setTimeout(timeoutMillis)
                        : new Locator.DblclickOptions().setTimeout(timeoutMillis).setPosition(point));
                case RIGHT -> element.click(withPoint(new Locator.ClickOptions().setTimeout(timeoutMillis)
                        .setButton(MouseButton.RIGHT), point));
            }
        } else if (action instanceof Action.Fill && !(typedAtFocus && value.equals(element.inputValue()))) {
            element.fill(value, new Locator.FillOptions().setTimeout(timeoutMillis));
        } else if (action instanceof Action.Check check) {
            check(element, check.checked());
        } else if (action instanceof Action.Select) {
            element.selectOption(value, new Locator.SelectOptionOptions().setTimeout(timeoutMillis));
        } else if (action instanceof Action.Press press) {
            element.press(press.key(), new Locator.PressOptions().setTimeout(timeoutMillis));
        } else if (action instanceof Action.Drag drag) {
            drag(element, drag, notes);
        }
        return done(found, notes, texts);
    }

    private static Done done(TargetLocator.Found found, List<String> notes, List<?> texts) {
        boolean targetMasked = Boolean.TRUE.equals(texts.get(3));
        return new Done(found, notes, targetMasked ? null : (String) texts.get(0), (String) texts.get(1),
                Boolean.TRUE.equals(texts.get(2)));
    }

    /** Pointer moves between press and release: drag libraries start on movement and follow it. */
    private static final int DRAG_MOVES = 12;
    /** How long the element dropped on gets to show, before the recorded place is used alone. */
    private static final long DROP_TARGET_MILLIS = 2_000;

    /**
     * Presses where the user pressed, moves as a hand does and lets go over what the user let go over: at the
     * recorded place when that still lies on it, at its centre when the page moved it, at the recorded place when
     * nothing names it.
     */
    private void drag(Locator element, Action.Drag drag, List<String> notes) {
        element.scrollIntoViewIfNeeded(new Locator.ScrollIntoViewIfNeededOptions().setTimeout(timeoutMillis));
        com.microsoft.playwright.options.BoundingBox from = element.boundingBox();
        if (from == null) {
            throw new StepFailed(drag.target().describe() + " takes no room on the page: nothing to drag");
        }
        com.microsoft.playwright.options.Position grip = recordedPoint(element, drag.target());
        double startX = from.x + (grip != null ? grip.x : from.width / 2);
        double startY = from.y + (grip != null ? grip.y : from.height / 2);
        double[] end = dropPoint(drag, notes);
        page.mouse().move(startX, startY);
        page.mouse().down();
        page.mouse().move(startX + Math.signum(end[0] - startX) * 4, startY + Math.signum(end[1] - startY) * 4);
        page.mouse().move(end[0], end[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(DRAG_MOVES));
        page.mouse().up();
    }

    private double[] dropPoint(Action.Drag drag, List<String> notes) {
        double[] recorded = {drag.toX(), drag.toY()};
        if (drag.dropTarget() == null || drag.dropTarget().candidates().isEmpty()) {
            return recorded;
        }
        Locator over;
        try {
            over = TargetLocator.find(page, drag.dropTarget(), DROP_TARGET_MILLIS, watch).locator();
        } catch (StepFailed absent) {
            notes.add("the element dropped on, " + drag.dropTarget().describe() + ", was not found: let go at the"
                    + " recorded place");
            return recorded;
        }
        com.microsoft.playwright.options.BoundingBox box = over.boundingBox();
        if (box == null) {
            return recorded;
        }
        return inside(box, drag.toX(), drag.toY()) ? recorded
                : new double[] {box.x + box.width / 2, box.y + box.height / 2};
    }

    /** How long a key press is given to move the state, and the page to move it by itself at the end. */
    private static final long KEY_EFFECT_MILLIS = 1_000;
    /** Arrow keys in a field move its caret, not the page: the field is left first. */
    private static final String LEAVE_FIELD = """
            () => { const a = document.activeElement;
                    if (a && (a.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName))) a.blur(); }""";
    private static final String HAS_CLASS = "(element, name) => element.classList.contains(name)";

    /**
     * Presses the arrow keys of the move's direction, one at a time, until the recorded element has the class the
     * key gave it (unless the page gave it by itself), then checks the element is shown, as the user saw it.
     */
    private Done keyToReach(Action.KeyToReach key, List<String> notes) {
        if (hasState(key, 0)) {
            notes.add(key.target().describe() + " was already '" + key.stateClass() + "': no key pressed");
        } else {
            page.evaluate(LEAVE_FIELD);
            String worked = null;
            for (String name : key.keys()) {
                page.keyboard().press(name);
                if (hasState(key, KEY_EFFECT_MILLIS)) {
                    worked = name;
                    break;
                }
            }
            if (worked == null && !hasState(key, KEY_EFFECT_MILLIS)) {
                if (!existsAtAll(key.target())) {
                    throw new StepFailed(new StepFailure.ElementNotFound("no element found for "
                            + key.target().describe() + " (tried " + key.target().candidates() + ")"));
                }
                throw new StepFailed("no key of " + key.keys() + " made " + key.target().describe() + " '"
                        + key.stateClass() + "'");
            }
            notes.add(worked != null ? "pressed " + worked + " (keys are not recorded; the state it moved tells)"
                    : "no key moved the state, the page did");
        }
        TargetLocator.Found found = TargetLocator.find(page, key.target(), timeoutMillis, watch);
        return done(found, notes, (List<?>) found.locator().evaluate(TEXT_PROBE, maskSelectors));
    }

    /** The element the best selector finds alone has the class; waits up to {@code millis} for that. */
    private boolean hasState(Action.KeyToReach key, long millis) {
        long deadline = System.currentTimeMillis() + millis;
        // A selector that holds the class finds whatever has it now, not the recorded element.
        List<SelectorCandidate> naming = key.target().candidates().stream()
                .filter(candidate -> !candidate.value().matches(".*\\." + java.util.regex.Pattern.quote(
                        key.stateClass()) + "(?![\\w-]).*")).toList();
        while (true) {
            for (SelectorCandidate candidate : naming) {
                try {
                    Locator found = TargetLocator.locator(page, candidate);
                    if (found.count() == 1) {
                        // The best selector that finds one element decides, as it would find the target.
                        if (Boolean.TRUE.equals(found.evaluate(HAS_CLASS, key.stateClass()))) {
                            return true;
                        }
                        break;
                    }
                } catch (com.microsoft.playwright.PlaywrightException unusable) {
                    // a selector this page cannot take, or the element went meanwhile: the next one
                }
            }
            if (System.currentTimeMillis() >= deadline) {
                return false;
            }
            page.waitForTimeout(100);
        }
    }

    /** A candidate that names the element finds something (a position among siblings finds whatever stands there). */
    private boolean existsAtAll(ElementTarget target) {
        List<SelectorCandidate> naming = target.candidates().stream()
                .filter(candidate -> candidate.strategy() != SelectorCandidate.Strategy.NTH_OF_TYPE).toList();
        for (SelectorCandidate candidate : naming.isEmpty() ? target.candidates() : naming) {
            try {
                if (TargetLocator.locator(page, candidate).count() > 0) {
                    return true;
                }
            } catch (com.microsoft.playwright.PlaywrightException unusable) {
                // next
            }
        }
        return false;
    }

    /** How long a field that typing should have opened is given to appear. */
    private static final long OPENED_BY_TYPING_MILLIS = 2_000;

    /**
     * A field that is nowhere to be seen may be one that typing opens: a spreadsheet's cell editor appears when a
     * key is pressed on the selected cell. The value is typed at the focus, as the user did; if the field then
     * shows, that was it. Otherwise the step fails as it would have.
     */
    private TargetLocator.Found typedAtFocus(Action action, ElementTarget target, String value, StepFailed absent) {
        if (!(action instanceof Action.Fill) || value == null || value.isEmpty()) {
            throw absent;
        }
        page.keyboard().type(value);
        try {
            return TargetLocator.find(page, target, OPENED_BY_TYPING_MILLIS, watch, false);
        } catch (StepFailed stillAbsent) {
            throw absent;
        }
    }

    /**
     * Where in the element the user clicked, when the recorded point still falls inside it: on a canvas, a
     * spreadsheet grid or a code editor the place is the point of the click (a cell, a caret position), which the
     * element's centre is not. Null (the centre) when no point was recorded or it lies outside the element now.
     */
    private static com.microsoft.playwright.options.Position recordedPoint(Locator element, ElementTarget target) {
        if (target.pointX() == null || target.pointY() == null) {
            return null;
        }
        com.microsoft.playwright.options.BoundingBox box = element.boundingBox();
        if (box == null) {
            return null;
        }
        return inside(box, target.pointX(), target.pointY())
                ? new com.microsoft.playwright.options.Position(target.pointX() - box.x, target.pointY() - box.y)
                : null;
    }

    /** The viewport point lies on the box. */
    private static boolean inside(com.microsoft.playwright.options.BoundingBox box, double x, double y) {
        return x >= box.x && y >= box.y && x < box.x + box.width && y < box.y + box.height;
    }

    private static Locator.ClickOptions withPoint(Locator.ClickOptions options,
                                                  com.microsoft.playwright.options.Position point) {
        return point == null ? options : options.setPosition(point);
    }

    /** Label of a hidden field that a user can click: the first one shown. */
    private static final String SHOWN_LABEL = """
            field => [...(field.labels || [])].find(label => label.getClientRects().length) || null""";

    /** How long a shown checkbox gets to take a click itself before its label is used. */
    private static final double OWN_CLICK_MILLIS = 1_500;

    private void check(Locator field, boolean checked) {
        if (field.isVisible()) {
            try {
                field.setChecked(checked, new Locator.SetCheckedOptions()
                        .setTimeout(Math.min(timeoutMillis, OWN_CLICK_MILLIS)));
                return;
            } catch (com.microsoft.playwright.TimeoutError covered) {
                // Drawn over by the styled box (or transparent): what the user clicked was the label.
            }
        }
        if (field.isChecked() == checked) {
            return;
        }
        com.microsoft.playwright.ElementHandle label = field.evaluateHandle(SHOWN_LABEL).asElement();
        if (label != null) {
            label.click(new com.microsoft.playwright.ElementHandle.ClickOptions().setTimeout(timeoutMillis));
        } else {
            field.dispatchEvent("click"); // no label to click: the click a styled box forwards to its input
        }
        if (field.isChecked() != checked) {
            throw new StepFailed("the hidden field stayed " + (checked ? "unchecked" : "checked")
                    + " after clicking " + (label != null ? "its label" : "it"));
        }
    }

    private Done scroll(Action.Scroll scroll, List<String> notes) {
        List<Double> to = List.of(scroll.x(), scroll.y());
        if (scroll.target() == null) {
            page.evaluate("([x, y]) => window.scrollTo(x, y)", to);
            return new Done(null, notes);
        }
        TargetLocator.Found found = TargetLocator.find(page, scroll.target(), timeoutMillis, watch);
        found.locator().evaluate("(element, [x, y]) => element.scrollTo(x, y)", to);
        return new Done(found, notes);
    }

    /** Only when no selector could be made for the target (a canvas, an SVG shape): the recorded point. */
    private Done byCoordinates(Action action, ElementTarget target, List<String> notes) {
        if (!(action instanceof Action.Click click) || target.pointX() == null || target.pointY() == null) {
            throw new StepFailed("no selector could be made for " + target.describe()
                    + " from the recording, and no pointer position was recorded");
        }
        notes.add("no selector for " + target.describe() + ": clicked the recorded point " + Math.round(target.pointX())
                + "," + Math.round(target.pointY()));
        page.mouse().click(target.pointX(), target.pointY(), new com.microsoft.playwright.Mouse.ClickOptions()
                .setButton(click.kind() == Action.ClickKind.RIGHT ? MouseButton.RIGHT : MouseButton.LEFT)
                .setClickCount(click.kind() == Action.ClickKind.DOUBLE ? 2 : 1));
        return new Done(null, notes);
    }

    /** The value to type or choose: recorded, or for a masked one the user's input for that field. */
    private String valueOf(Step step, Action action, ElementTarget target) {
        boolean masked = action instanceof Action.Fill fill && fill.masked()
                || action instanceof Action.Select select && select.masked();
        if (!masked) {
            return action instanceof Action.Fill fill ? fill.value()
                    : action instanceof Action.Select select ? select.value() : null;
        }
        List<String> keys = inputKeys(step, target);
        for (String key : keys) {
            if (inputs.has(key)) {
                return inputs.get(key);
            }
        }
        throw new StepFailed(new StepFailure.NeedsInput(keys));
    }

    /** The names a user may give a masked field's value by: {@code step:N}, its id, name, label, accessible name. */
    static List<String> inputKeys(Step step, ElementTarget target) {
        List<String> keys = new ArrayList<>();
        keys.add("step:" + step.number());
        for (SelectorCandidate candidate : target.candidates()) {
            switch (candidate.strategy()) {
                case ID -> keys.add(candidate.value().substring(1));
                case NAME -> keys.add(between(candidate.value(), "[name=\"", "\"]"));
                case LABEL -> keys.add(candidate.value());
                default -> { }
            }
        }
        if (target.name() != null && !keys.contains(target.name())) {
            keys.add(target.name());
        }
        return keys;
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = text.lastIndexOf(close);
        return start < 0 || end <= start ? text : text.substring(start + open.length(), end);
    }
}
