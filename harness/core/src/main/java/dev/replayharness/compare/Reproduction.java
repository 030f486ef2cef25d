package dev.replayharness.compare;

import dev.replayharness.run.ConsoleEntry;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.RequestRecord;
import dev.replayharness.run.StepOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the failures a recording holds (console errors, uncaught exceptions, failed requests: the evidence of a
 * user's bug) happen again when it is replayed on a build, and where.
 *
 * @param failures every recorded failure, each with where it recurred, if it did
 */
public record Reproduction(List<Failure> failures) {

    public Reproduction {
        failures = List.copyOf(failures);
    }

    /**
     * One recorded failure.
     *
     * @param kind     {@code console error} or {@code failed request}
     * @param recorded the failure as recorded (normalised: numbers and URLs stand as {@code #} and {@code <url>})
     * @param step     the first step whose replay showed it again, 0 when none did
     * @param seen     what the replay showed there, or null
     */
    public record Failure(String kind, String recorded, int step, String seen) {
        public boolean recurred() {
            return step > 0;
        }

        /** "console error 'TypeError: ...' recurred at step 3: ..." or "... did not recur". */
        public String describe() {
            return kind + " '" + recorded + "' " + (recurred() ? "recurred at step " + step + ": " + seen
                    : "did not recur");
        }
    }

    /** Matches each recorded failure against the replay's steps, in step order. */
    public static Reproduction of(RecordedBehaviour recorded, ReplayResult result) {
        List<Failure> failures = new ArrayList<>();
        for (String error : recorded.consoleErrors()) {
            failures.add(firstConsoleError(error, result).orElse(new Failure("console error", error, 0, null)));
        }
        for (String request : recorded.failedRequests()) {
            failures.add(firstFailedRequest(request, result).orElse(new Failure("failed request", request, 0, null)));
        }
        return new Reproduction(failures);
    }

    /** The recording holds failures and at least one recurred. */
    public boolean reproduced() {
        return failures.stream().anyMatch(Failure::recurred);
    }

    public List<Failure> recurring() {
        return failures.stream().filter(Failure::recurred).toList();
    }

    /** The recurring failures as regressions: for a kept test that must fail while the bug is there. */
    public List<Divergence> asDivergences(ReplayResult result) {
        List<Divergence> found = new ArrayList<>();
        for (Failure failure : recurring()) {
            String where = result.outcomes().stream().filter(o -> o.step().number() == failure.step()).findFirst()
                    .map(o -> o.step().describe()).orElse("step " + failure.step());
            Divergence.Kind kind = failure.kind().equals("failed request") ? Divergence.Kind.FAILED_REQUEST
                    : Divergence.Kind.CONSOLE_ERROR;
            found.add(new Divergence(kind, Divergence.Severity.REGRESSION, failure.step(), where,
                    "the recorded " + failure.kind() + " '" + failure.recorded() + "' to be fixed",
                    "it recurs: " + failure.seen(), List.of()));
        }
        return found;
    }

    private static Optional<Failure> firstConsoleError(String error, ReplayResult result) {
        for (StepOutcome outcome : result.outcomes()) {
            for (ConsoleEntry entry : outcome.page().console()) {
                if (entry.isError() && RecordedBehaviour.normaliseMessage(entry.text()).equals(error)) {
                    return Optional.of(new Failure("console error", error, outcome.step().number(), entry.text()));
                }
            }
            for (String pageError : outcome.page().pageErrors()) {
                String first = pageError.lines().findFirst().orElse(pageError);
                if (RecordedBehaviour.normaliseMessage(first).equals(error)) {
                    return Optional.of(new Failure("console error", error, outcome.step().number(), first));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Failure> firstFailedRequest(String request, ReplayResult result) {
        for (StepOutcome outcome : result.outcomes()) {
            for (RequestRecord failed : outcome.page().failedRequests()) {
                if (RecordedBehaviour.failedRequestKey(failed).equals(request)) {
                    return Optional.of(new Failure("failed request", request, outcome.step().number(),
                            failed.toString()));
                }
            }
        }
        return Optional.empty();
    }
}
