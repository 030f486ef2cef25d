package dev.replayharness.journey;

import java.util.Objects;

/**
 * One thing the user did.
 *
 * @param number         1-based position in the journey
 * @param eventIndex     the index of the event it was read from (the first one of a collapsed run)
 * @param timestamp      epoch millis when the user did it
 * @param window         the recording's window (tab)
 * @param thinkTimeMillis time since the previous step, as recorded; replay does not wait for it
 * @param action         what was done
 * @param urlAfter       the page address once the step had its effect, as recorded (navigations it caused
 *                       included), or null when unknown
 */
public record Step(int number, long eventIndex, long timestamp, int window, long thinkTimeMillis, Action action,
                   String urlAfter) {

    public Step {
        Objects.requireNonNull(action, "action");
    }

    /** "step 4: fill 'Email' (label="Email") with 'ada@example.com'". */
    public String describe() {
        return "step " + number + ": " + action.describe();
    }

    Step withUrlAfter(String url) {
        return new Step(number, eventIndex, timestamp, window, thinkTimeMillis, action, url);
    }

    Step withAction(Action replacement) {
        return new Step(number, eventIndex, timestamp, window, thinkTimeMillis, replacement, urlAfter);
    }

    Step numbered(int position, long thinkTime) {
        return new Step(position, eventIndex, timestamp, window, thinkTime, action, urlAfter);
    }
}
