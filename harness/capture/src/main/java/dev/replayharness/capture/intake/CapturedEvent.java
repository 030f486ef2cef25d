package dev.replayharness.capture.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One event posthog-js sent, as sent: a {@code $snapshot} (a batch of rrweb events of one window) or an event of
 * the session's context (a pageview, a custom event).
 *
 * @param sessionId the {@code $session_id}; safe as a file name (checked)
 * @param identity  the event's {@code uuid}, or a digest of its content where it has none: a retry of the same
 *                  event has the same identity
 * @param snapshot  whether it is a {@code $snapshot}
 * @param json      the event as sent
 */
public record CapturedEvent(String sessionId, String identity, boolean snapshot, ObjectNode json) {

    /** Session ids as posthog-js makes them (UUIDv7) and as other SDKs might: nothing a path could be made of. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    public CapturedEvent {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(json, "json");
        if (sessionId == null || !SAFE_ID.matcher(sessionId).matches()) {
            throw Refusal.malformed("$session_id " + (sessionId == null ? "is missing"
                    : "'" + abbreviate(sessionId) + "' is not an id (letters, digits, - and _, at most 128)"));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }
}
