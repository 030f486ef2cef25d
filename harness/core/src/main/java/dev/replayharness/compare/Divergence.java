package dev.replayharness.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One way the replay differed from the recording.
 *
 * @param kind     what differed
 * @param severity how much it matters: a regression fails a test, a warning is reported, info is context
 * @param step     the step it was seen at (1-based), or 0 for the recording as a whole
 * @param where    the step as a person reads it
 * @param expected what the recording showed
 * @param actual   what the replay showed
 * @param evidence files that show it (screenshots, diff picture)
 */
public record Divergence(Kind kind, Severity severity, int step, String where, String expected, String actual,
                         List<Path> evidence) {

    /** What differed. */
    public enum Kind {
        /** The step's target was not found (or not exactly once). */
        ELEMENT_MISSING(true),
        /** The step could not be done for another reason (navigation error, timeout). */
        STEP_FAILED(true),
        /** The page address after the step is not the recorded one. */
        URL_CHANGED(true),
        /** A console error the recording does not have. */
        CONSOLE_ERROR(true),
        /** An uncaught exception the recording does not have. */
        PAGE_ERROR(true),
        /** A request failed (or answered 4xx/5xx) that did not fail when recorded. */
        FAILED_REQUEST(true),
        /** A request took far longer than allowed. */
        SLOW_REQUEST(true),
        /** The text of the step's target or of its region differs from the recording. */
        TEXT_CHANGED(true),
        /** The picture after the step differs from the expected one beyond the allowed ratio. */
        VISUAL_CHANGED(false),
        /** The best selector no longer found the target; a lower-ranked one did. */
        SELECTOR_DRIFT(true),
        /** A value was masked in the recording and none was given. */
        NEEDS_INPUT(true),
        /**
         * The target sent the replay to a login page where the recorded user was already logged in: the replay needs
         * the user's session (a storage state), not a fix of the build.
         */
        NEEDS_SESSION(true),
        /**
         * The step's target, or a request, was a record of the recording's data (a list row, an element carrying an
         * id) that the target's data does not hold: the data differs, not the build. A warning with the evidence.
         */
        DATA_DEPENDENT(true);

        private final boolean behavioural;

        Kind(boolean behavioural) {
            this.behavioural = behavioural;
        }

        public boolean behavioural() {
            return behavioural;
        }
    }

    /**
     * How much a divergence matters: a regression fails a test; a warning is reported; flaky means the baseline
     * build itself varied there between two runs, so the difference says nothing about this build; info is context.
     */
    public enum Severity { REGRESSION, WARNING, FLAKY, INFO }

    public Divergence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        evidence = List.copyOf(evidence);
    }

    /** "step 5 click 'Add to cart': CONSOLE_ERROR — expected no such error, was: TypeError: ...". */
    public String describe() {
        return (step > 0 ? where : "the recording") + ": " + kind + " (" + severity.name().toLowerCase() + ")"
                + " — expected " + expected + ", was " + actual
                + (evidence.isEmpty() ? "" : "; see " + evidence);
    }
}
