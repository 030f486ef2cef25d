package dev.replayharness.run;

import java.util.Objects;

/**
 * A request the replayed page made during a step, as far as the step knows it.
 *
 * @param method         the HTTP method
 * @param url            the address as requested (after the replay moved it onto the target)
 * @param status         the HTTP status of the answer, or 0 when none came (failed, blocked)
 * @param failure        the browser's error ({@code net::ERR_...}) when no answer came, else null
 * @param durationMillis how long it took to the end of the answer, or -1 when not measured
 * @param source         who answered it: the target, or the recording's network
 */
public record RequestRecord(String method, String url, int status, String failure, double durationMillis,
                            Source source) {

    /** Who answered a request. */
    public enum Source {
        /** Sent to the target (the live network). */
        TARGET,
        /** Answered with the response the recording (or its HAR) holds. */
        RECORDING,
        /** Answered from the recording was asked for, but the recording has no response for it: sent to the target. */
        UNRECORDED,
        /** Not in the recording and not sent ({@code --network recorded-only}). */
        WITHHELD
    }

    public RequestRecord {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
    }

    /** A request the target answered (or did not). */
    public RequestRecord(String method, String url, int status, String failure, double durationMillis) {
        this(method, url, status, failure, durationMillis, Source.TARGET);
    }

    /** A request that got no answer: blocked by the replay, or ended by the browser with {@code failure}. */
    public static RequestRecord unanswered(String method, String url, String failure) {
        return new RequestRecord(method, url, 0, failure, -1);
    }

    /** A request answered with {@code status}. */
    public static RequestRecord answered(String method, String url, int status) {
        return new RequestRecord(method, url, status, null, -1);
    }

    /** What it ended in: the browser's error, or the HTTP status. */
    public String outcome() {
        return failure != null ? failure : String.valueOf(status);
    }

    /** It got an error instead of an answer, or an answer of 400 or more. */
    public boolean failed() {
        return failure != null || status >= 400;
    }

    /** The same request with how long it took. */
    public RequestRecord took(double millis) {
        return new RequestRecord(method, url, status, failure, millis, source);
    }

    /** The same request, answered by {@code by}. */
    public RequestRecord from(Source by) {
        return new RequestRecord(method, url, status, failure, durationMillis, by);
    }

    /** {@code METHOD url}, then {@code -> outcome} when it failed and {@code took N ms} when timed, as reports print it. */
    @Override
    public String toString() {
        return method + " " + url + (failed() ? " -> " + outcome() : "")
                + (durationMillis >= 0 ? " took " + Math.round(durationMillis) + " ms" : "")
                + (source == Source.RECORDING ? " (from the recording)" : source == Source.UNRECORDED
                ? " (not in the recording)" : "");
    }
}
