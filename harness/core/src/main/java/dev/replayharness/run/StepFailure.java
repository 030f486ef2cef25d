package dev.replayharness.run;

/** A step could not be done; the message says what was looked for or waited on. */
final class StepFailure extends RuntimeException {

    StepFailure(String message) {
        super(message, null, false, false);
    }
}
