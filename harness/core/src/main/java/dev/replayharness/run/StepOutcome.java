package dev.replayharness.run;

import dev.replayharness.journey.SelectorCandidate;
import dev.replayharness.journey.Step;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What happened when one step was replayed.
 *
 * @param step           the step
 * @param status         passed, failed or skipped
 * @param failure        why it failed or was skipped, by kind; null when it passed
 * @param selector       the selector that found the target, or null (no target, coordinates, not found)
 * @param selectorRank   its position among the step's candidates (0 = best), -1 when none won
 * @param urlAfter       the page address once the step settled
 * @param console        console messages during the step
 * @param pageErrors     uncaught exceptions during the step
 * @param failedRequests requests that failed or answered 4xx/5xx
 * @param blockedRequests requests to origins the replay may not reach
 * @param notes          what else is worth knowing (page still busy after settling, coordinates used)
 * @param slowRequests   requests slower than the limit, with how long they took
 * @param targetText     the target's text just before the step acted on it (normalised), or null
 * @param regionText     the text of the region around the target (its form, dialog, section...), or null
 * @param scrollX        the page's horizontal scroll once the step settled
 * @param scrollY        the page's vertical scroll once the step settled
 * @param durationMillis how long the step took, settling included
 * @param screenshot     the viewport after the step, or null
 * @param screenshotAgain the viewport once more, after settling again (what changes between the two is not the
 *                       build's doing), or null
 * @param masked         the areas of the viewport covered by the mask selectors after the step, left out of
 *                       picture comparisons
 */
public record StepOutcome(Step step, Status status, StepFailure failure, SelectorCandidate selector, int selectorRank,
                          String urlAfter, List<ConsoleEntry> console, List<String> pageErrors,
                          List<RequestRecord> failedRequests, List<RequestRecord> blockedRequests,
                          List<RequestRecord> slowRequests, String targetText,
                          String regionText, List<String> notes, double scrollX, double scrollY,
                          long durationMillis, Path screenshot,
                          Path screenshotAgain, List<ScreenArea> masked) {

    /** How a step went. */
    public enum Status { PASSED, FAILED, SKIPPED }

    public StepOutcome {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        if ((failure == null) != (status == Status.PASSED)) {
            throw new IllegalArgumentException("a step has a failure exactly when it did not pass: " + status
                    + " with " + failure);
        }
        console = List.copyOf(console);
        pageErrors = List.copyOf(pageErrors);
        failedRequests = List.copyOf(failedRequests);
        blockedRequests = List.copyOf(blockedRequests);
        slowRequests = List.copyOf(slowRequests);
        notes = List.copyOf(notes);
        masked = List.copyOf(masked);
    }

    /** A step that was not run at all (the run stopped, or the page crashed before it), and why. */
    public static StepOutcome notRun(Step step, String why) {
        return new StepOutcome(step, Status.SKIPPED, new StepFailure.NotRun(why), null, -1, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, List.of(), 0, 0, 0, null, null, List.of());
    }

    /** Why it failed or was skipped, for people; null when it passed. */
    public String reason() {
        return failure == null ? null : failure.message();
    }

    /** A lower-ranked selector found the target: the page changed in a way the best selector did not survive. */
    public boolean selectorDrifted() {
        return selectorRank > 0;
    }

    /** "step 5: click 'Add to cart' (...) — passed via css=[data-testid="add-to-cart"]". */
    public String summary() {
        String how = switch (status) {
            case PASSED -> "passed" + (selector == null ? "" : " via " + selector
                    + (selectorDrifted() ? " (drifted: candidate " + (selectorRank + 1) + ")" : ""));
            case FAILED -> "FAILED: " + reason();
            case SKIPPED -> "skipped: " + reason();
        };
        return step.describe() + " — " + how;
    }
}
