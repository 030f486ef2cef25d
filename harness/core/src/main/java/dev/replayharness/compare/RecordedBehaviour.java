package dev.replayharness.compare;

import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;
import dev.replayharness.event.ConsolePayload;
import dev.replayharness.event.NetworkPayload;
import dev.replayharness.event.NetworkRequest;
import dev.replayharness.event.Plugin;
import dev.replayharness.run.RequestRecord;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the recording says the page did besides its DOM: the console errors (rrweb's console plugin, which
 * posthog-js also uses) and the network requests (posthog-js's network plugin), normalised so that the same
 * error or request reads the same at replay.
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

    public static RecordedBehaviour of(Recording recording) {
        Set<String> errors = new TreeSet<>();
        Set<String> failed = new TreeSet<>();
        Set<String> succeeded = new TreeSet<>();
        Map<String, Double> durations = new HashMap<>();
        boolean network = false;
        try (EventStream events = recording.events()) {
            while (events.hasNext()) {
                RecordedEvent event = events.next();
                if (!(event.event() instanceof Plugin plugin)) {
                    continue;
                }
                if (plugin.payload() instanceof ConsolePayload console && "error".equals(console.level())) {
                    errors.add(normaliseMessage(String.join(" ", unquoted(console.payload()))));
                } else if (plugin.payload() instanceof NetworkPayload payload) {
                    network = true;
                    for (NetworkRequest request : payload.requests()) {
                        String key = (request.method() == null ? "GET" : request.method()) + " " + path(request.name());
                        if (request.failed()) {
                            failed.add(key + " " + request.status());
                        } else if (request.status() != null) {
                            succeeded.add(key);
                        }
                        if (request.startTime() != null && request.endTime() != null) {
                            durations.merge(key, request.endTime() - request.startTime(), Math::max);
                        }
                    }
                }
            }
        }
        return new RecordedBehaviour(errors, failed, succeeded, durations, network);
    }

    private static List<String> unquoted(List<String> payload) {
        List<String> parts = new ArrayList<>();
        for (String part : payload) {
            parts.add(part.length() >= 2 && part.startsWith("\"") && part.endsWith("\"")
                    ? part.substring(1, part.length() - 1) : part);
        }
        return parts;
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
