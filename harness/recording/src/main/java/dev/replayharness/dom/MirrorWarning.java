package dev.replayharness.dom;

/**
 * Something in a recording the mirror could not apply; the rest of the recording still is.
 *
 * @param eventIndex the event's index in the recording's ordered stream
 * @param timestamp  the event's timestamp
 * @param message    what could not be applied and why
 */
public record MirrorWarning(long eventIndex, long timestamp, String message) {

    @Override
    public String toString() {
        return "event " + eventIndex + ": " + message;
    }
}
