package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.dom.LiveDom;
import dev.replayharness.dom.PageState;
import dev.replayharness.event.MouseMoveData;
import dev.replayharness.event.MutationData;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keys read from what they moved: a state class going from one element to its sibling (a slide, a tab, a carousel
 * item) while the user's pointer, fields and scrolling were still is an arrow key, a step to reach that element.
 */
final class KeyMoves {

    /** The pointer, fields and scrolling still this long before a state moves between siblings: a key moved it. */
    private static final long QUIET_FOR_KEY_MILLIS = 400;
    /** A pointer sample this little after a state moved is near enough to have moved it (a hover). */
    private static final long SAMPLE_AFTER_MILLIS = 50;

    private final StepLog log;
    private final LiveDom dom;
    /** A state class that moved between siblings while all was still, named as a step once its mutation applied. */
    private StateMoves.Move pendingMove;
    /** Per parent, the state class first seen moving among its children (by a key or not): keys move it again. */
    private final Map<Integer, String> movingClasses = new HashMap<>();

    KeyMoves(StepLog log, LiveDom dom) {
        this.log = log;
        this.dom = dom;
    }

    /** Read before the mutation applies, while the element the class leaves still has it. */
    void mutation(RecordedEvent recorded, MutationData mutation) {
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
    }

    /** The moved state is the step's goal, so its element is named as it stands once it has the class. */
    void applied(RecordedEvent recorded) {
        if (pendingMove == null) {
            return;
        }
        StateMoves.Move move = pendingMove;
        pendingMove = null;
        PageState page = dom.view(recorded.window());
        if (page.node(move.to()).isPresent()) {
            log.add(recorded, new Action.KeyToReach(new TargetFinder(page).target(move.to(), null, null), move.token(),
                    move.forward()));
        }
    }

    /**
     * rrweb sends pointer samples in batches, after the moment they tell of: a move just before a state moved was
     * the pointer's doing (a hover), so a key step read there is taken back.
     */
    void pointerMoved(RecordedEvent recorded, MouseMoveData data) {
        Step last = log.last();
        for (MouseMoveData.Position position : data.positions()) {
            long at = recorded.timestamp() + position.timeOffset();
            log.activity(at);
            if (last != null && last.action() instanceof Action.KeyToReach && last.window() == recorded.window()
                    && at >= last.timestamp() - QUIET_FOR_KEY_MILLIS && at <= last.timestamp() + SAMPLE_AFTER_MILLIS) {
                log.removeLast();
                last = null;
            }
        }
    }

    /** Nothing of the user's moved for a moment and the focus is on no field: a key could act on the page itself. */
    private boolean keyCouldHaveMoved(RecordedEvent recorded) {
        if (recorded.timestamp() - log.lastActivityAt() < QUIET_FOR_KEY_MILLIS || log.pressed != null
                || log.editableRoot != StepLog.NO_NODE) {
            return false;
        }
        return log.focusedId == StepLog.NO_NODE || dom.view(recorded.window()).node(log.focusedId)
                .map(node -> !node.isTextField()).orElse(true);
    }
}
