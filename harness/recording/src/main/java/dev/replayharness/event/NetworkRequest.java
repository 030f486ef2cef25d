package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * One recorded request; headers, bodies, sizes and timings beyond start/end stay in {@code raw}.
 *
 * @param name          the URL
 * @param method        the HTTP method, or null when not recorded (resource-timing entries have none)
 * @param initiatorType e.g. "fetch", "xmlhttprequest", "script", "navigation"; null when absent
 * @param status        the HTTP status, or null when not recorded
 * @param startTime     milliseconds since {@code timeOrigin}, or null
 * @param endTime       milliseconds since {@code timeOrigin}, or null
 * @param raw           the request object as given
 */
public record NetworkRequest(String name, String method, String initiatorType, Integer status, Double startTime,
                             Double endTime, JsonNode raw) {

    public NetworkRequest {
        Objects.requireNonNull(raw, "raw");
    }

    /**
     * True when a status was recorded and it is 0 or at least 400. Browsers report 0 for requests that never got
     * an HTTP answer (network error, CORS block, abort); no recorded status means unknown, so not failed.
     */
    public boolean failed() {
        return status != null && (status == 0 || status >= 400);
    }

    static NetworkRequest parse(JsonNode request) {
        return new NetworkRequest(Json.text(request, "name"), Json.text(request, "method"),
                Json.text(request, "initiatorType"), Json.intOrNull(request, "status"),
                Json.doubleOrNull(request, "startTime"), Json.doubleOrNull(request, "endTime"), request);
    }
}
