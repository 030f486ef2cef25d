package dev.replayharness.run;

/** Told of each step as soon as it is done: for live progress, and to stop a replay at its first failed step. */
@FunctionalInterface
public interface StepListener {

    /** Listens to nothing, never stops. */
    StepListener NONE = (recording, outcome) -> true;

    /**
     * A step was replayed.
     *
     * @return false to skip the recording's remaining steps
     */
    boolean stepDone(String recording, StepOutcome outcome);
}
