package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.dom.DomNode;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.MutationData;

import java.util.Optional;

/**
 * A dialog that goes away without a click on it, nor right after the click that opened it, was dismissed with
 * Escape.
 */
final class DialogDismissals {

    /** How deep under a removed node a dialog may sit for its removal to close the dialog. */
    private static final int DIALOG_DEPTH = 3;

    private final StepLog log;
    private final LiveDom dom;

    DialogDismissals(StepLog log, LiveDom dom) {
        this.log = log;
        this.dom = dom;
    }

    void mutation(RecordedEvent recorded, MutationData mutation) {
        PageState page = dom.view(recorded.window());
        for (MutationData.NodeRemoval removal : mutation.removes()) {
            Optional<DomNode> removed = page.node(removal.id());
            if (removed.isPresent() && page.containsDialog(removed.get(), DIALOG_DEPTH)) {
                closed(recorded, page, removal.id());
                return;
            }
        }
        for (MutationData.AttributeChange change : mutation.attributes()) {
            if (change.attributes().containsKey("open") && change.attributes().get("open").isNull()
                    && page.node(change.id()).map(node -> "dialog".equalsIgnoreCase(node.tagName())).orElse(false)) {
                closed(recorded, page, change.id());
                return;
            }
        }
    }

    private void closed(RecordedEvent recorded, PageState page, int dialogId) {
        Step last = log.lastIn(recorded.window());
        if (last == null) {
            return;
        }
        boolean byClick = last.action() instanceof Action.Click click && (click.target().nodeId() == dialogId
                || page.ancestors(click.target().nodeId()).stream().anyMatch(node -> node.id() == dialogId));
        boolean openedJustNow = last.action() instanceof Action.Click
                && recorded.timestamp() - last.timestamp() <= StepLog.EFFECT_MILLIS;
        if (!byClick && !openedJustNow) {
            int focusedId = log.focusedId;
            ElementTarget focused = focusedId == StepLog.NO_NODE || page.node(focusedId).isEmpty() ? null
                    : new TargetFinder(page).target(focusedId, null, null);
            log.add(recorded, new Action.Press(focused, "Escape"));
        }
    }
}
