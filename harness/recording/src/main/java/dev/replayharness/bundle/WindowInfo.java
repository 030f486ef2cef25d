package dev.replayharness.bundle;

/**
 * One browser window (tab) of a recording. Windows are numbered by when they first appear, so the same
 * session read from any format gets the same numbers.
 *
 * @param index          0-based number within the recording
 * @param sourceId       the id the source gave it (a UUID or small integer in PostHog data), or null when the
 *                       format has no windows
 * @param firstTimestamp epoch millis of its first event
 * @param lastTimestamp  epoch millis of its last event
 * @param eventCount     events it holds, duplicates removed
 */
public record WindowInfo(int index, String sourceId, long firstTimestamp, long lastTimestamp, long eventCount) {
}
