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
 */
public record RequestRecord(String method, String url, int status, String failure, double durationMillis) {

    public RequestRecord {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
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
        return new RequestRecord(method, url, status, failure, millis);
    }

    /** {@code METHOD url}, then {@code -> outcome} when it failed and {@code took N ms} when timed, as reports print it. */
    @Override
    public String toString() {
        return method + " " + url + (failed() ? " -> " + outcome() : "")
                + (durationMillis >= 0 ? " took " + Math.round(durationMillis) + " ms" : "");
    }
}
