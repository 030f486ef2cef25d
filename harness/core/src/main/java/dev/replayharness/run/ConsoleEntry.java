package dev.replayharness.run;

import java.util.Objects;

/**
 * A console message the replayed page wrote during a step.
 *
 * @param level the console level ({@code error}, {@code warning}, {@code log}...), or {@link #BROWSER} for the
 *              browser's own line about a failed resource load, which is no call of the page's
 * @param text  the message as the page wrote it
 */
public record ConsoleEntry(String level, String text) {

    /** The level of the browser's own network lines ("Failed to load resource: ..."). */
    public static final String BROWSER = "browser";

    public ConsoleEntry {
        Objects.requireNonNull(level, "level");
        text = text == null ? "" : text;
    }

    /** The page logged an error (the browser's own lines are not the page's). */
    public boolean isError() {
        return "error".equals(level);
    }

    /** {@code level: text}, as reports print it. */
    @Override
    public String toString() {
        return level + ": " + text;
    }
}
