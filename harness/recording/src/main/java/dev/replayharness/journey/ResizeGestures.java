package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.event.ViewportResizeData;

/** The user resizing the window: one step per gesture, at the size it ended at. */
final class ResizeGestures {

    private final StepLog log;
    private long lastResizeAt = StepLog.NEVER;

    ResizeGestures(StepLog log) {
        this.log = log;
    }

    void resize(RecordedEvent recorded, ViewportResizeData data) {
        long t = recorded.timestamp();
        log.activity(t);
        Step last = log.lastIn(recorded.window());
        if (last != null && last.action() instanceof Action.Resize && t - lastResizeAt <= StepLog.GESTURE_GAP_MILLIS) {
            log.replaceLast(last, new Action.Resize(data.width(), data.height()));
        } else {
            log.add(recorded, new Action.Resize(data.width(), data.height()));
        }
        lastResizeAt = t;
    }
}
