package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.IncrementalSource;
import dev.replayharness.event.InputData;
import dev.replayharness.event.NodeType;
import dev.replayharness.journey.Action.ClickKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the user put in fields: one fill per visit of a text field (or editable element) with its final value, and
 * the checks and choices they made, each replacing the click that made it. Values a script set are none of these.
 */
final class FieldGestures {

    /** A check or select change this soon after a click on the field (or its label) is that click's result. */
    private static final long CHANGE_AFTER_CLICK_MILLIS = 1_500;
    /** A field value set this soon after a click elsewhere is the page's doing. */
    private static final long PAGE_SET_MILLIS = 100;

    private final StepLog log;
    private final LiveDom dom;
    private final EnterKeys enter;
    /** The open fill's text as recorded, masked or not (a masked one still tells its length). */
    private String openFillText;
    /** The text of the focused editable element as last seen, to see typing in it. */
    private String editableText;

    FieldGestures(StepLog log, LiveDom dom, EnterKeys enter) {
        this.log = log;
        this.dom = dom;
        this.enter = enter;
    }

    void focused(RecordedEvent recorded, int nodeId) {
        // Focus moving into the field being filled (a cell editor the first key opened) keeps the fill.
        boolean intoOpenFill = log.openFill >= 0 && log.get(log.openFill).action() instanceof Action.Fill fill
                && fill.target().nodeId() == nodeId;
        if (nodeId != log.focusedId && !intoOpenFill) {
            log.closeFill();
        }
        log.focusedId = nodeId;
        PageState page = dom.view(recorded.window());
        log.editableRoot = editableHost(page, nodeId).map(DomNode::id).orElse(StepLog.NO_NODE);
        editableText = log.editableRoot == StepLog.NO_NODE ? null : page.textContent(log.editableRoot);
    }

    void blurred(int nodeId) {
        if (nodeId == log.focusedId) {
            log.focusedId = StepLog.NO_NODE;
            log.closeFill();
        }
    }

    void input(RecordedEvent recorded, InputData data) {
        PageState page = dom.view(recorded.window());
        boolean focusedHere = focusedOn(page, data.id());
        if (focusedHere) {
            // Typing goes to the focused field; a value the page sets elsewhere (a select following the slide) is
            // nothing the user did.
            log.activity(recorded.timestamp());
        }
        Optional<DomNode> node = page.node(data.id());
        if (node.isEmpty() || node.get().tagName() == null) {
            return;
        }
        String tag = node.get().tagName().toLowerCase(Locale.ROOT);
        String type = node.get().attribute("type").orElse("text").toLowerCase(Locale.ROOT);
        boolean theirs = focusedHere || data.id() == log.clickedId;
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
        boolean focusUnknown = log.focusedId == StepLog.NO_NODE || page.node(log.focusedId).isEmpty();
        // A value the page sets as a click lands (an autocomplete writing the chosen item) is the click's effect.
        boolean setByClick = recorded.timestamp() - log.lastClickAt <= PAGE_SET_MILLIS
                && log.lastClickNode != data.id() && !keystroke;
        // Typing shows as one character more or less at a time, even where the focus went unrecorded (a field
        // the page focused as it created it).
        boolean typing = keystroke && (focusUnknown || focusedHere);
        if (!(theirs && !setByClick || typing)) {
            return; // a script set a value in a field the user is not in
        }
        if (keystroke && data.text() != null && data.text().length() > before.length()) {
            enter.keystroke(recorded.timestamp());
        }
        log.lastInputAt = recorded.timestamp();
        typed(recorded, page, data.id(), data.text(), masked);
    }

    /**
     * Typing into a contenteditable element (a rich-text editor) is no input event: rrweb sees only the text
     * changing under it. Once a mutation has been applied, a focused editable element whose text changed was
     * typed in; the fill's value is its text.
     */
    void applied(RecordedEvent recorded) {
        if (log.editableRoot == StepLog.NO_NODE || !(recorded.event() instanceof Incremental incremental)
                || incremental.source().filter(source -> source == IncrementalSource.MUTATION).isEmpty()) {
            return;
        }
        PageState page = dom.view(recorded.window());
        if (page.node(log.editableRoot).isEmpty()) {
            log.editableRoot = StepLog.NO_NODE;
            return;
        }
        String text = page.textContent(log.editableRoot);
        if (text.equals(editableText)) {
            return; // formatting, not typing: the text is the same
        }
        editableText = text;
        String shown = TargetFinder.normalize(text);
        boolean masked = !shown.isEmpty() && shown.chars().allMatch(c -> c == '*' || Character.isWhitespace(c));
        typed(recorded, page, log.editableRoot, shown, masked);
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

    /**
     * The focus is on this node, or on the host of the shadow tree it is in: focus events are retargeted to the
     * host for listeners outside it, so that is what the recorder saw (a web component's field).
     */
    private boolean focusedOn(PageState page, int nodeId) {
        int focusedId = log.focusedId;
        return nodeId == focusedId || focusedId != StepLog.NO_NODE
                && page.ancestors(nodeId).stream().anyMatch(ancestor -> ancestor.id() == focusedId);
    }

    /** The user's typing in a field (or editable element) now reads {@code text}: a fill, new or grown. */
    private void typed(RecordedEvent recorded, PageState page, int fieldId, String text, boolean masked) {
        int openFill = log.openFill;
        if (openFill >= 0 && openFill == log.size() - 1
                && log.get(openFill).action() instanceof Action.Fill fill && fill.target().nodeId() == fieldId) {
            boolean emptied = (text == null || text.isEmpty())
                    && (fill.masked() || fill.value() != null && !fill.value().isEmpty());
            EnterKeys.ClearedFill cleared = emptied
                    ? new EnterKeys.ClearedFill(openFill, recorded.timestamp(), openFillText, fill.masked()) : null;
            log.set(openFill, log.get(openFill).withAction(new Action.Fill(fill.target(),
                    masked ? null : text, masked)));
            openFillText = text;
            enter.fillChanged(recorded, cleared);
            return;
        }
        Step last = log.last();
        if (last != null && last.action() instanceof Action.Click click && click.target().nodeId() == fieldId
                && click.kind() == ClickKind.SINGLE) {
            // Clicking into a field to type in it is part of filling it.
            log.replaceLast(last, new Action.Fill(click.target(), masked ? null : text, masked));
        } else {
            log.add(recorded, new Action.Fill(new TargetFinder(page).target(fieldId, null, null),
                    masked ? null : text, masked));
        }
        log.openFill = log.size() - 1;
        openFillText = text;
    }

    /** A check or select change right after a click on that field (or its label) replaces the click. */
    private void changeAfterClick(RecordedEvent recorded, int fieldId, TargetFinder finder,
                                  Function<ElementTarget, Action> change) {
        log.closeFill();
        Step last = log.lastIn(recorded.window());
        if (last != null && last.action() instanceof Action.Click click && click.kind() == ClickKind.SINGLE
                && recorded.timestamp() - last.timestamp() <= CHANGE_AFTER_CLICK_MILLIS
                && (click.target().nodeId() == fieldId || click.target().tagName().equals("label"))) {
            log.replaceLast(last, change.apply(finder.target(fieldId, click.target().pointX(),
                    click.target().pointY())));
            return;
        }
        log.add(recorded, change.apply(finder.target(fieldId, null, null)));
    }

    private boolean lastClickOnLabel(RecordedEvent recorded) {
        Step last = log.lastIn(recorded.window());
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
}
