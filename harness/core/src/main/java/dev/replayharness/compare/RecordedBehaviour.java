package dev.replayharness.compare;

import dev.replayharness.activity.ConsoleMessage;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.activity.RecordedRequest;
import dev.replayharness.bundle.Recording;
import dev.replayharness.run.RequestRecord;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the recording says the page did besides its DOM ({@link RecordedActivity}), as the judges need it:
 * console errors and requests normalised so that the same error or request reads the same at replay.
 *
 * @param consoleErrors   normalised console error messages
 * @param failedRequests  {@code METHOD path status} of requests that failed when recorded
 * @param succeededRequests {@code METHOD path} of requests that were recorded answering without an error
 * @param requestMillis   the longest recorded duration by {@code METHOD path}
 * @param networkRecorded the recording has network data at all
 */
public record RecordedBehaviour(Set<String> consoleErrors, Set<String> failedRequests, Set<String> succeededRequests,
                                Map<String, Double> requestMillis, boolean networkRecorded) {

    public RecordedBehaviour {
        consoleErrors = Set.copyOf(consoleErrors);
        failedRequests = Set.copyOf(failedRequests);
        succeededRequests = Set.copyOf(succeededRequests);
        requestMillis = Map.copyOf(requestMillis);
    }

    /** Nothing recorded: every error at replay is new, and no request is known either way. */
    public static RecordedBehaviour none() {
        return new RecordedBehaviour(Set.of(), Set.of(), Set.of(), Map.of(), false);
    }

    /** What the recording says of a request that failed at replay. */
    public enum RequestEvidence {
        /** The recording has the same request succeeding: its failure now is a regression. */
        SUCCEEDED_WHEN_RECORDED,
        /** The recording has it failing the same way: expected. */
        FAILED_WHEN_RECORDED,
        /** The recording does not show it (no network capture, or made before the recorder started). */
        NOT_RECORDED
    }

    /** The evidence for a request that failed at replay. */
    public RequestEvidence evidenceFor(RequestRecord replayedFailure) {
        if (failedRequests.contains(failedRequestKey(replayedFailure))) {
            return RequestEvidence.FAILED_WHEN_RECORDED;
        }
        return succeededRequests.contains(requestKey(replayedFailure))
                ? RequestEvidence.SUCCEEDED_WHEN_RECORDED : RequestEvidence.NOT_RECORDED;
    }

    /** The judge's view of a recording's activity. */
    public static RecordedBehaviour of(Recording recording) {
        return of(RecordedActivity.of(recording));
    }

    /** The recorded console errors and requests, keyed as replayed ones are, so the two can be compared. */
    public static RecordedBehaviour of(RecordedActivity activity) {
        Set<String> errors = new TreeSet<>();
        Set<String> failed = new TreeSet<>();
        Set<String> succeeded = new TreeSet<>();
        Map<String, Double> durations = new HashMap<>();
        for (ConsoleMessage message : activity.console()) {
            if (message.isError()) {
                errors.add(normaliseMessage(message.text()));
            }
        }
        for (RecordedRequest request : activity.requests()) {
            String key = request.method() + " " + path(request.url());
            if (request.failed()) {
                failed.add(key + " " + request.request().status());
            } else if (request.status().isPresent()) {
                succeeded.add(key);
            }
            request.durationMillis().ifPresent(millis -> durations.merge(key, millis, Math::max));
        }
        return new RecordedBehaviour(errors, failed, succeeded, durations, activity.networkRecorded());
    }

    /**
     * The message with what varies between runs taken out: URLs (ports, hashes), numbers, the "Uncaught " prefix
     * Chromium adds to page errors, and stack frames in scripts without an address (scripts the harness injects,
     * which may stand between the page's code and an error in a replay and never in the recording).
     */
    public static String normaliseMessage(String message) {
        return message.replaceAll("(?m)^\\s*at [^\\n]*<anonymous>[^\\n]*$\\n?", "")
                .replaceAll("https?://[^\\s)'\"]+", "<url>").replaceAll("\\d+", "#")
                .replaceFirst("^Uncaught (\\(in promise\\) )?", "").replaceAll("\\s+", " ").trim();
    }

    /** The path of a URL (origin left out, as the target's differs). */
    public static String path(String url) {
        if (url == null) {
            return "";
        }
        try {
            URI uri = URI.create(url);
            return uri.getRawPath() == null ? url : uri.getRawPath();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** A replayed failure as recorded failures are kept: {@code METHOD path status-or-error}. */
    public static String failedRequestKey(RequestRecord replayedFailure) {
        return requestKey(replayedFailure) + " " + replayedFailure.outcome();
    }

    /** A replayed request as recorded requests are kept: {@code METHOD path}. */
    public static String requestKey(RequestRecord replayed) {
        return replayed.method() + " " + path(replayed.url());
    }
}
