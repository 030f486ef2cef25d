package dev.replayharness.run;

import dev.replayharness.journey.SelectorCandidate;
import dev.replayharness.journey.Step;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What happened when one step was replayed: whether it failed and why, where its target was found, what the page
 * said meanwhile, and the pictures taken.
 *
 * @param step           the step
 * @param failure        why it failed or was skipped, by kind; null when it passed
 * @param found          where the step's target was found
 * @param page           what the page said during the step and where it ended
 * @param pictures       the viewport after the step
 * @param notes          what else is worth knowing (page still busy after settling, coordinates used)
 * @param durationMillis how long the step took, settling included
 */
public record StepOutcome(Step step, StepFailure failure, Found found, PageEvidence page, Pictures pictures,
                          List<String> notes, long durationMillis) {

    /** The same outcome with one more note. */
    public StepOutcome withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new StepOutcome(step, failure, found, page, pictures, more, durationMillis);
    }

    /** How a step went. */
    public enum Status {
        PASSED, FAILED, SKIPPED;

        /** A step with no failure passed; one that was never run or lacked a value was skipped; else it failed. */
        public static Status of(StepFailure failure) {
            return failure == null ? PASSED
                    : failure instanceof StepFailure.NeedsInput || failure instanceof StepFailure.NotRun ? SKIPPED
                    : FAILED;
        }
    }

    /**
     * Where the step's target was found.
     *
     * @param selector   the selector that found the target, or null (no target, coordinates, not found)
     * @param rank       its position among the step's candidates (0 = best), -1 when none won
     * @param targetText the target's text just before the step acted on it (normalised), or null
     * @param regionText the text of the region around the target (its form, dialog, section...), the text of
     *                   elements the mask selectors match left out, or null
     * @param regionPartlyMasked masked text was left out of the region's
     */
    public record Found(SelectorCandidate selector, int rank, String targetText, String regionText,
                        boolean regionPartlyMasked) {

        /** No target: a step without one, or one whose target was not found. */
        public static final Found NOTHING = new Found(null, -1, null, null, false);

        /** A lower-ranked selector found the target: the page changed in a way the best selector did not survive. */
        public boolean drifted() {
            return rank > 0;
        }
    }

    /**
     * What the page said during the step, and where it was once the step settled.
     *
     * @param urlAfter        the page address once the step settled
     * @param console         console messages during the step
     * @param pageErrors      uncaught exceptions during the step
     * @param failedRequests  requests that failed or answered 4xx/5xx
     * @param blockedRequests requests to origins the replay may not reach
     * @param slowRequests    requests slower than the limit, with how long they took
     * @param requests        every request that ended during the step, answered or not, in that order: its
     *                        network log
     * @param scrollX         the page's horizontal scroll once the step settled
     * @param scrollY         the page's vertical scroll once the step settled
     */
    public record PageEvidence(String urlAfter, List<ConsoleEntry> console, List<String> pageErrors,
                               List<RequestRecord> failedRequests, List<RequestRecord> blockedRequests,
                               List<RequestRecord> slowRequests, List<RequestRecord> requests, double scrollX,
                               double scrollY) {

        /** Nothing: a step that was not run. */
        public static final PageEvidence NOTHING = new PageEvidence(null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), 0, 0);

        public PageEvidence {
            console = List.copyOf(console);
            pageErrors = List.copyOf(pageErrors);
            failedRequests = List.copyOf(failedRequests);
            blockedRequests = List.copyOf(blockedRequests);
            slowRequests = List.copyOf(slowRequests);
            requests = List.copyOf(requests);
        }
    }

    /**
     * The viewport after the step.
     *
     * @param screenshot      the viewport after the step, or null
     * @param screenshotAgain the viewport once more, after settling again (what changes between the two is not the
     *                        build's doing), or null
     * @param masked          the areas covered by the mask selectors after the step, left out of picture comparisons
     */
    public record Pictures(Path screenshot, Path screenshotAgain, List<ScreenArea> masked) {

        /** No picture: a step that was not run, or whose page crashed. */
        public static final Pictures NONE = new Pictures(null, null, List.of());

        public Pictures {
            masked = List.copyOf(masked);
        }

        /** The picture after the step, as evidence: none, or the one taken. */
        public List<Path> evidence() {
            return screenshot == null ? List.of() : List.of(screenshot);
        }
    }

    public StepOutcome {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(pictures, "pictures");
        notes = List.copyOf(notes);
    }

    /** A step that was not run at all (the run stopped, or the page crashed before it), and why. */
    public static StepOutcome notRun(Step step, String why) {
        return new StepOutcome(step, new StepFailure.NotRun(why), Found.NOTHING, PageEvidence.NOTHING, Pictures.NONE,
                List.of(), 0);
    }

    /** Passed, failed or skipped, as its failure says. */
    public Status status() {
        return Status.of(failure);
    }

    /** Why it failed or was skipped, for people; null when it passed. */
    public String reason() {
        return failure == null ? null : failure.message();
    }

    /**
     * "step 5: click 'Add to cart' (...) — done via css=[data-testid="add-to-cart"]": what the step's action did,
     * before it is judged (a step done may still fail on what diverged there; see the judges' verdict).
     */
    public String summary() {
        String how = switch (status()) {
            case PASSED -> "done" + (found.selector() == null ? "" : " via " + found.selector()
                    + (found.drifted() ? " (drifted: candidate " + (found.rank() + 1) + ")" : ""));
            case FAILED -> "FAILED: " + reason();
            case SKIPPED -> "skipped: " + reason();
        };
        return step.describe() + " — " + how;
    }
}
