package dev.replayharness.verify;

import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.TargetException;

/**
 * The one place a build under test, or a baseline build, is started. Replays take the address of a running app;
 * whoever chose the build starts it here, so a build that does not start says so the same way everywhere.
 */
public final class Apps {

    private Apps() {
    }

    /**
     * Starts {@code target}; the caller closes it.
     *
     * @param what what the build is to the user ("the target", "the baseline build"), for the message
     * @throws TargetException naming what did not start and why
     */
    public static RunningTarget start(Target target, String what) {
        try {
            return target.start();
        } catch (RuntimeException e) {
            throw new TargetException(what + " (" + target.describe() + ") did not start: " + e.getMessage(), e);
        }
    }
}
