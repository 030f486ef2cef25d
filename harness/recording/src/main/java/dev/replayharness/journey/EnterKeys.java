package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.event.MutationData;
import dev.replayharness.event.SerializedNode;
import dev.replayharness.event.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Enter read from its effect. rrweb records no key presses. A field the page empties right after the user typed in
 * it, with its text showing up elsewhere around then, is the app taking the typed text on Enter (a keydown
 * listener, no form): the fill becomes the text as typed, and Enter follows it.
 */
final class EnterKeys {

    /** DOM added this soon after a field was emptied by the page shows the emptying was Enter's effect. */
    private static final long ENTER_EFFECT_MILLIS = 1_000;
    /** A key press comes this long after the last typed character at the soonest: earlier changes are typing's. */
    private static final long KEY_GAP_MILLIS = 100;

    /** The field a page emptied right after the user typed in it, and what it held before. */
    record ClearedFill(int step, long at, String valueBefore, boolean masked) {

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

    private final StepLog log;
    /** A fill the page emptied just now, which becomes "typed, then Enter" if DOM appears elsewhere next. */
    private ClearedFill cleared;
    /** Text nodes added by recent mutations, to tell what a field's emptying led to. */
    private final ArrayDeque<AddedText> recentText = new ArrayDeque<>();
    /** When the user last typed a character into the open fill. */
    private long lastKeystrokeAt = StepLog.NEVER;

    EnterKeys(StepLog log) {
        this.log = log;
    }

    void keystroke(long at) {
        lastKeystrokeAt = at;
    }

    /**
     * The open fill's value changed: {@code emptied} says how, if the change emptied it. The page may have shown
     * the text before it emptied the field.
     */
    void fillChanged(RecordedEvent recorded, ClearedFill emptied) {
        cleared = emptied;
        if (cleared != null && typedTextShown(cleared, recorded.timestamp())) {
            enterPressed(recorded, cleared);
        }
    }

    /** Text the mutation adds may be the emptied field's, shown where the app put what it took. */
    void mutation(RecordedEvent recorded, MutationData mutation) {
        List<String> added = addedText(mutation);
        added.forEach(text -> recentText.addLast(new AddedText(recorded.timestamp(), text)));
        while (!recentText.isEmpty() && recorded.timestamp() - recentText.peekFirst().at() > 2 * ENTER_EFFECT_MILLIS) {
            recentText.removeFirst();
        }
        ClearedFill fill = cleared;
        if (fill == null) {
            return;
        }
        if (recorded.timestamp() - fill.at() > ENTER_EFFECT_MILLIS || fill.step() != log.size() - 1) {
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
        Step typed = log.get(fill.step());
        Action.Fill action = (Action.Fill) typed.action();
        log.set(fill.step(), typed.withAction(new Action.Fill(action.target(), fill.valueBefore(), fill.masked())));
        log.closeFill();
        log.add(recorded, new Action.Press(action.target(), "Enter"));
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

    private static void collectText(SerializedNode node, List<String> texts) {
        if (node instanceof TextNode text) {
            if (!text.isStyle() && text.textContent() != null && !text.textContent().isBlank()) {
                texts.add(text.textContent());
            }
            return;
        }
        for (SerializedNode child : node.childNodes()) {
            collectText(child, texts);
        }
    }
}
