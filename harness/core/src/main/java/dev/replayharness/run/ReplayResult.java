package dev.replayharness.run;

import dev.replayharness.journey.Journey;

import java.util.List;
import java.util.Objects;

/**
 * One recording replayed against one target.
 *
 * @param name           the recording's name (its file, or what the caller called it)
 * @param target         the target, as described
 * @param journey        the steps that were replayed
 * @param outcomes       one per step, in order
 * @param error          what stopped the replay before its steps ran (target would not start), or null
 * @param durationMillis the whole replay, target start included
 */
public record ReplayResult(String name, String target, Journey journey, List<StepOutcome> outcomes, String error,
                           long durationMillis) {

    public ReplayResult {
        Objects.requireNonNull(name, "name");
        outcomes = List.copyOf(outcomes);
    }

    /** Every step passed and nothing stopped the replay. */
    public boolean passed() {
        return error == null && outcomes.stream().allMatch(o -> o.status() == StepOutcome.Status.PASSED);
    }

    /** The first failed step, if any. */
    public java.util.Optional<StepOutcome> firstFailure() {
        return outcomes.stream().filter(o -> o.status() == StepOutcome.Status.FAILED).findFirst();
    }
}
