package dev.replayharness.capture.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The events of a decoded body. {@code /s/} sends a JSON array of {@code $snapshot} events (or one); {@code /e/},
 * {@code /i/v0/e/} and {@code /batch/} send {@code {"api_key", "batch": [...]}}, an array or one event. Every event
 * needs a project token (its {@code properties.token} or the body's {@code api_key}); a snapshot needs its session,
 * window and data, as PostHog's capture requires. Events outside any session are accepted and not kept.
 */
public final class EventReader {

    /** Nesting deeper than any rrweb snapshot of a real page reaches: a hostile body stops here. */
    private static final int MAX_NESTING = 500;

    private final ObjectMapper json;

    public EventReader() {
        json = new ObjectMapper();
        json.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .build());
    }

    /**
     * The events of a snapshot request ({@code snapshots}) or of an events request.
     *
     * @throws Refusal 400 naming what is missing or wrong, and where
     */
    public List<CapturedEvent> read(byte[] decoded, boolean snapshots) {
        JsonNode root;
        try {
            root = json.readTree(decoded);
        } catch (JsonProcessingException e) {
            throw Refusal.malformed("the body is not valid JSON" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Refusal.malformed("the body cannot be read: " + e.getMessage());
        }
        String apiKey = root.path("api_key").asText(null);
        JsonNode events = root.isArray() ? root : root.has("batch") ? root.get("batch") : root;
        List<JsonNode> list = new ArrayList<>();
        if (events.isArray()) {
            events.forEach(list::add);
        } else {
            list.add(events);
        }
        if (list.isEmpty()) {
            throw Refusal.malformed("the body holds no event");
        }
        List<CapturedEvent> read = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CapturedEvent event = event(list.get(i), i, apiKey, snapshots);
            if (event != null) {
                read.add(event);
            }
        }
        return read;
    }

    private CapturedEvent event(JsonNode node, int index, String apiKey, boolean snapshots) {
        String where = "event " + index;
        if (!(node instanceof ObjectNode event)) {
            throw Refusal.malformed(where + " is not an object");
        }
        JsonNode properties = event.path("properties");
        String name = event.path("event").asText("");
        if (name.isEmpty()) {
            throw Refusal.malformed(where + " has no event name");
        }
        if (properties.path("token").asText("").isEmpty() && (apiKey == null || apiKey.isEmpty())) {
            throw Refusal.malformed(where + " (" + name + ") has no project token (properties.token or api_key)");
        }
        boolean snapshot = name.equals("$snapshot");
        if (snapshots && !snapshot) {
            throw Refusal.malformed(where + " is '" + name + "' where /s/ takes $snapshot events");
        }
        if (snapshot) {
            for (String required : List.of("$session_id", "$window_id")) {
                if (properties.path(required).asText("").isEmpty()) {
                    throw Refusal.malformed(where + " ($snapshot) has no " + required);
                }
            }
            if (!properties.path("$snapshot_data").isArray()) {
                throw Refusal.malformed(where + " ($snapshot) has no $snapshot_data array");
            }
        }
        String session = properties.path("$session_id").asText(null);
        if (session == null) {
            return null; // outside any session (a server-side call, an SDK without replay): no replay's context
        }
        return new CapturedEvent(session, identity(event), snapshot, event);
    }

    /**
     * The event's uuid; without one, a digest of what it says apart from when it was sent, so that a retry (same
     * events, new {@code sent_at}) is known as the same.
     */
    private String identity(ObjectNode event) {
        String uuid = event.path("uuid").asText("");
        if (!uuid.isEmpty()) {
            return uuid;
        }
        ObjectNode content = event.deepCopy();
        content.remove("sent_at");
        content.remove("offset");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(content));
            return "sha256-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot digest an event", e);
        }
    }
}
