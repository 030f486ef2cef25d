package dev.replayharness.run;

/** A step could not be done: thrown inside the runner, and reported as the {@link StepFailure} it carries. */
final class StepFailed extends RuntimeException {

    private final StepFailure failure;

    StepFailed(StepFailure failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    /** A step that could not be done for a reason with no kind of its own. */
    StepFailed(String message) {
        this(new StepFailure.Failed(message));
    }

    StepFailure failure() {
        return failure;
    }
}
