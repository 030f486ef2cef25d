package dev.replayharness.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.activity.RecordedActivity;
import dev.replayharness.activity.RecordedRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The responses a recording holds, by request, handed out as a replayed page asks for them. A request is matched by
 * method and address (the recorded origin moved where the replay moved it, query parameters as a set), then, for a
 * request with a body, by its body; a request made N times gets the recorded responses in their order, then the
 * last one again.
 *
 * <p>Only responses whose body the recorder really kept are used: posthog-js writes a note instead of the body when it
 * is too large, redacted, chunked or unreadable, and a resource-timing entry (the page's first requests, made before
 * the recorder started) has no body at all. Such requests go on to the target.
 *
 * <p>Not thread-safe: one per replay, used from the browser's event thread.
 */
public final class RecordedExchanges {

    /** Response headers given back as recorded; the rest (cookies, lengths, dates, caching) are the replay's own. */
    private static final Set<String> KEPT_HEADERS = Set.of("content-type", "location", "content-language");
    /** What posthog-js writes in place of a body it did not keep. */
    private static final List<String> NOT_A_BODY = List.of("[SessionRecording] ", "[SessionReplay] ",
            "Chunked Transfer-Encoding is not supported");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded exchange: the request's body as sent, the response, whether a replay had it already. */
    private static final class Exchange {
        final String requestBody;
        final RecordedAnswer answer;
        boolean given;

        Exchange(String requestBody, RecordedAnswer answer) {
            this.requestBody = requestBody;
            this.answer = answer;
        }
    }

    /**
     * The response a replayed request gets.
     *
     * @param answer      what to answer
     * @param bodyDiffers the replayed request's body matched none of the recorded ones for its address, so the next
     *                    in order was given
     */
    public record Match(RecordedAnswer answer, boolean bodyDiffers) {
    }

    private final Map<RequestKey, List<Exchange>> byRequest;
    private final int unusable;

    private RecordedExchanges(Map<RequestKey, List<Exchange>> byRequest, int unusable) {
        this.byRequest = byRequest;
        this.unusable = unusable;
    }

    /**
     * The usable responses of a recording's network data.
     *
     * @param activity  what the recording's plugins hold
     * @param replayUrl where a recorded address is requested at replay (its origin mapped onto the target)
     */
    public static RecordedExchanges of(RecordedActivity activity, UnaryOperator<String> replayUrl) {
        Map<RequestKey, List<Exchange>> byRequest = new LinkedHashMap<>();
        int unusable = 0;
        for (RecordedRequest request : activity.requests()) {
            Optional<RecordedAnswer> answer = answerOf(request.request().raw());
            if (request.url() == null || answer.isEmpty()) {
                unusable += request.url() != null && isApiCall(request) ? 1 : 0;
                continue;
            }
            byRequest.computeIfAbsent(RequestKey.of(request.method(), replayUrl.apply(request.url())),
                    key -> new ArrayList<>()).add(new Exchange(text(request.request().raw().get("requestBody")),
                    answer.get()));
        }
        return new RecordedExchanges(byRequest, unusable);
    }

    /** How many recorded requests can be answered. */
    public int answerable() {
        return byRequest.values().stream().mapToInt(List::size).sum();
    }

    /** How many recorded API calls (fetch, XHR) have no usable body: too large, redacted, or made before capture. */
    public int unusable() {
        return unusable;
    }

    /** The recorded response for a replayed request, or empty when the recording has none for it. */
    public Optional<Match> answer(String method, String url, String body) {
        List<Exchange> candidates = byRequest.get(RequestKey.of(method, url));
        if (candidates == null) {
            return Optional.empty();
        }
        Exchange chosen = null;
        for (Exchange exchange : candidates) {
            if (!exchange.given && sameBody(exchange.requestBody, body)) {
                chosen = exchange;
                break;
            }
        }
        for (int i = candidates.size() - 1; chosen == null && i >= 0; i--) {
            if (sameBody(candidates.get(i).requestBody, body)) {
                chosen = candidates.get(i); // asked more often than recorded: the last answer again
            }
        }
        for (int i = 0; chosen == null && i < candidates.size(); i++) {
            if (!candidates.get(i).given) {
                chosen = candidates.get(i); // another body than any recorded: the next answer in order
            }
        }
        if (chosen == null) {
            chosen = candidates.get(candidates.size() - 1);
        }
        chosen.given = true;
        return Optional.of(new Match(chosen.answer, !sameBody(chosen.requestBody, body)));
    }

    /** The recorded response of a plugin's request object, when its status and body were kept. */
    static Optional<RecordedAnswer> answerOf(JsonNode raw) {
        JsonNode status = raw.get("status");
        if (status == null || !status.canConvertToInt() || status.asInt() < 100 || status.asInt() > 599) {
            return Optional.empty();
        }
        int code = status.asInt();
        String body = text(raw.get("responseBody"));
        boolean noBodyExpected = code == 204 || code == 205 || code == 304 || (code >= 300 && code < 400);
        if (body == null ? !noBodyExpected : NOT_A_BODY.stream().anyMatch(body::startsWith)) {
            return Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        JsonNode recorded = raw.get("responseHeaders");
        if (recorded != null && recorded.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = recorded.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                String name = header.getKey().toLowerCase(Locale.ROOT);
                String value = header.getValue().asText();
                if (KEPT_HEADERS.contains(name) && !value.equals("redacted")) {
                    headers.put(name, value);
                }
            }
        }
        return Optional.of(new RecordedAnswer(code, headers, body == null ? "" : body));
    }

    private static boolean isApiCall(RecordedRequest request) {
        String initiator = request.request().initiatorType();
        return "fetch".equals(initiator) || "xmlhttprequest".equals(initiator);
    }

    /** A body as text: a string as it is, anything else (a recorder that kept parsed JSON) written as JSON. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    /** Bodies compare as JSON when both are JSON (key order and spacing aside), else as text; no body equals empty. */
    private static boolean sameBody(String recorded, String replayed) {
        String a = recorded == null ? "" : recorded;
        String b = replayed == null ? "" : replayed;
        if (a.equals(b)) {
            return true;
        }
        try {
            JsonNode left = JSON.readTree(a);
            JsonNode right = JSON.readTree(b);
            return left != null && left.equals(right);
        } catch (IOException notJson) {
            return false;
        }
    }
}
