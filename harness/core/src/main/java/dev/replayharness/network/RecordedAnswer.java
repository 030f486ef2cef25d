package dev.replayharness.network;

import java.util.Map;
import java.util.Objects;

/**
 * A response as the recording holds it, ready to give a replayed request.
 *
 * @param status  the recorded HTTP status
 * @param headers the headers that shape how the page reads it (content type, location); never cookies
 * @param body    the recorded body text, empty when the response had none
 */
public record RecordedAnswer(int status, Map<String, String> headers, String body) {

    public RecordedAnswer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is from 100 to 599, was " + status);
        }
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }
}
