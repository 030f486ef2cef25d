package dev.replayharness.activity;

import java.util.List;
import java.util.Objects;

/**
 * One console call the recording holds.
 *
 * @param at    when it was logged (epoch milliseconds)
 * @param level {@code log}, {@code warn}, {@code error}, ... ({@code log} when the recorder wrote none)
 * @param text  the arguments joined by spaces, a string argument without the quotes the recorder put around it
 * @param trace the stack frames the recorder kept
 */
public record ConsoleMessage(long at, String level, String text, List<String> trace) {

    public ConsoleMessage {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
        trace = List.copyOf(trace);
    }

    public boolean isError() {
        return "error".equals(level);
    }
}
