package dev.replayharness.s3;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What a HEAD of an object tells.
 *
 * @param lastModified when the store says it was written (its own clock, to the second)
 * @param metadata     the user metadata it was stored with ({@code x-amz-meta-*}), keys in lower case
 */
public record ObjectHead(Instant lastModified, Map<String, String> metadata) {

    public ObjectHead {
        Objects.requireNonNull(lastModified, "lastModified");
        metadata = Map.copyOf(metadata);
    }
}
