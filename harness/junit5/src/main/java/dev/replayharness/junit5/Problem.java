package dev.replayharness.junit5;

import dev.replayharness.run.ConsoleEntry;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.RequestRecord;
import dev.replayharness.run.StepOutcome;

import java.util.Objects;
import java.util.Optional;

/**
 * A problem a user reported, as a replay can show it: a console error or uncaught exception whose message holds
 * a piece of text, or a request that fails.
 *
 * @param kind what shows the problem
 * @param text the piece of the message (or of the request's URL) that identifies it
 */
public record Problem(Kind kind, String text) {

    /** Where the problem shows. */
    public enum Kind { CONSOLE_ERROR, FAILED_REQUEST }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A console error or uncaught exception whose message contains {@code text}, e.g. {@code "TypeError"}. */
    public static Problem consoleError(String text) {
        return new Problem(Kind.CONSOLE_ERROR, text);
    }

    /** A request whose method and URL contain {@code text} failed or answered 4xx/5xx, e.g. {@code "/api/cart"}. */
    public static Problem failedRequest(String text) {
        return new Problem(Kind.FAILED_REQUEST, text);
    }

    /** Where the replay shows the problem: "step 3: ...: TypeError: ...", or empty when it does not. */
    public Optional<String> shownBy(ReplayResult result) {
        for (StepOutcome outcome : result.outcomes()) {
            if (kind == Kind.CONSOLE_ERROR) {
                for (ConsoleEntry entry : outcome.page().console()) {
                    if (entry.isError() && entry.text().contains(text)) {
                        return Optional.of(outcome.step().describe() + ": " + entry.text());
                    }
                }
                for (String error : outcome.page().pageErrors()) {
                    if (error.contains(text)) {
                        return Optional.of(outcome.step().describe() + ": " + error.lines().findFirst().orElse(error));
                    }
                }
            } else {
                for (RequestRecord request : outcome.page().failedRequests()) {
                    if (request.toString().contains(text)) {
                        return Optional.of(outcome.step().describe() + ": " + request);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return (kind == Kind.CONSOLE_ERROR ? "a console error containing '" : "a failed request to '") + text + "'";
    }
}
