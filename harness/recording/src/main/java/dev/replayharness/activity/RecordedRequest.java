package dev.replayharness.activity;

import dev.replayharness.event.NetworkRequest;

import java.util.Objects;
import java.util.Optional;

/**
 * One request the recording holds, with the batch's moment; headers and bodies, where recorded, stay in the
 * request's raw JSON.
 *
 * @param at      when the batch holding it was recorded (epoch milliseconds)
 * @param request the request as the network plugin wrote it
 */
public record RecordedRequest(long at, NetworkRequest request) {

    public RecordedRequest {
        Objects.requireNonNull(request, "request");
    }

    /** The method, {@code GET} when the recorder had none (resource-timing entries). */
    public String method() {
        return request.method() == null ? "GET" : request.method();
    }

    public String url() {
        return request.name();
    }

    /** The HTTP status, when recorded. */
    public Optional<Integer> status() {
        return Optional.ofNullable(request.status());
    }

    /** Whether it was recorded failing (status 0 or at least 400). */
    public boolean failed() {
        return request.failed();
    }

    /** How long it took, when start and end were recorded. */
    public Optional<Double> durationMillis() {
        return request.startTime() == null || request.endTime() == null ? Optional.empty()
                : Optional.of(request.endTime() - request.startTime());
    }
}
