package dev.replayharness.run;

import java.util.List;

/**
 * Why a step failed or was not run, by kind, so that judges and front doors act on the kind and never read it out
 * of a message. {@link #message()} is for people.
 */
public sealed interface StepFailure {

    /** What happened, in a sentence that names what was looked for or waited on. */
    String message();

    /**
     * No selector of the step found its element, shown, within the step timeout.
     *
     * @param rowsOnTarget where the recording shows the element was a row of a list ({@code DataItem}), the readable
     *                     text of each row of that list on the replayed page (empty when the list is there with no
     *                     rows); null when the list is not there or the element was no list row
     */
    record ElementNotFound(String message, List<String> rowsOnTarget) implements StepFailure {
        public ElementNotFound {
            rowsOnTarget = rowsOnTarget == null ? null : List.copyOf(rowsOnTarget);
        }

        public ElementNotFound(String message) {
            this(message, null);
        }
    }

    /**
     * The recording masked the value the step types or chooses, and none was given. Any of {@code keys}
     * ({@code step:N}, the field's id, name, label) names it among the inputs; each front door says how to give one.
     */
    record NeedsInput(List<String> keys) implements StepFailure {
        public NeedsInput {
            keys = List.copyOf(keys);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("a masked value needs at least one key to be given by");
            }
        }

        /** The key to suggest first: the field's own name where there is one, else {@code step:N}. */
        public String suggestedKey() {
            return keys.get(Math.min(1, keys.size() - 1));
        }

        @Override
        public String message() {
            return "needs-input: the recording masked this value; it needs one for " + suggestedKey()
                    + " (any of: " + String.join(", ", keys) + ")";
        }
    }

    /**
     * A navigation was sent to a login page (or refused with 401/403) where the recorded user went straight in: the
     * user was logged in when recorded, the replay's fresh browser is not.
     *
     * @param asked  the address the step asked for
     * @param landed where the target sent it, or the status it answered
     */
    record NeedsSession(String asked, String landed) implements StepFailure {
        @Override
        public String message() {
            return "needs-session: " + asked + " sent the replay to " + landed + ", where the recorded user was "
                    + "already logged in. Start logged in: --setup LOGIN-RECORDING (replayed once before the suite) "
                    + "or --storage-state FILE (a replay of the login writes one with --save-storage-state)";
        }
    }

    /** The browser gave up waiting (an answer, a navigation, an element's state) within the step timeout. */
    record TimedOut(String message) implements StepFailure {
    }

    /** The page crashed during the step. */
    record Crashed(String message) implements StepFailure {
    }

    /** The step was not run: the run stopped, or the page crashed at an earlier step. */
    record NotRun(String message) implements StepFailure {
    }

    /** Anything else the step could not do (a page answered 500, a key that did not reach its state...). */
    record Failed(String message) implements StepFailure {
    }
}
