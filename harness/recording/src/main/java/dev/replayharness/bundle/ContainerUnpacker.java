package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns one top-level JSON value of a line- or array-based file into its rrweb events: a bare event, a
 * blob_v2 line {@code [windowId, event]}, an older blob line {@code {"window_id", "data": [...]}}, or a
 * posthog-js {@code $snapshot} message. Remembers which kind it saw first, to name the format.
 */
final class ContainerUnpacker {

    private final Deque<SourceEvent> pending = new ArrayDeque<>();
    private SourceFormat firstKind;
    private String sessionId;

    /** Unpacks {@code value}; the events become available from {@link #poll()}. */
    void unpack(JsonNode value, String position) throws FormatMismatchException {
        if (value instanceof ArrayNode pair && pair.size() == 2 && pair.get(0).isValueNode()
                && pair.get(1).isObject()) {
            seen(SourceFormat.POSTHOG_BLOB_V2);
            pending.add(new SourceEvent(pair.get(0).asText(), (ObjectNode) pair.get(1), position));
        } else if (value instanceof ObjectNode object && isSnapshotMessage(object)) {
            seen(SourceFormat.POSTHOG_CAPTURE);
            JsonNode properties = object.get("properties");
            String window = textOrNull(properties.get("$window_id"));
            if (sessionId == null) {
                sessionId = textOrNull(properties.get("$session_id"));
            }
            addAll(properties.get("$snapshot_data"), window, position);
        } else if (value instanceof ObjectNode object && object.has("data") && object.get("data").isArray()
                && (object.has("window_id") || object.has("windowId"))) {
            seen(SourceFormat.POSTHOG_LEGACY_BLOB);
            String window = textOrNull(object.has("window_id") ? object.get("window_id") : object.get("windowId"));
            addAll(object.get("data"), window, position);
        } else if (value instanceof ObjectNode object && (object.has("type") || object.has("timestamp"))) {
            // Checked as an event later, where the message can name the event's index.
            seen(SourceFormat.RRWEB_JSONL);
            pending.add(new SourceEvent(null, object, position));
        } else {
            throw new FormatMismatchException("expected an rrweb event, a [windowId, event] pair, a "
                    + "{window_id, data} line or a $snapshot message, but found " + JsonSupport.excerpt(value));
        }
    }

    private static boolean isSnapshotMessage(ObjectNode object) {
        return "$snapshot".equals(object.path("event").asText(null))
                || object.path("properties").has("$snapshot_data");
    }

    private void addAll(JsonNode events, String window, String position) throws FormatMismatchException {
        if (events == null || !events.isArray()) {
            throw new FormatMismatchException("expected an array of events but found " + JsonSupport.excerpt(events));
        }
        int index = 0;
        for (JsonNode event : events) {
            if (!event.isObject()) {
                throw new FormatMismatchException("expected an event object at index " + index + " but found "
                        + JsonSupport.excerpt(event));
            }
            pending.add(new SourceEvent(window, (ObjectNode) event, position + ", item " + index++));
        }
    }

    private void seen(SourceFormat kind) {
        if (firstKind == null) {
            firstKind = kind;
        }
    }

    SourceEvent poll() {
        return pending.poll();
    }

    SourceFormat kind(SourceFormat fallback) {
        return firstKind == null ? fallback : firstKind;
    }

    String sessionId() {
        return sessionId;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
