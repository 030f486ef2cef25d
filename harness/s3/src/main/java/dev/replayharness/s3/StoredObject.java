package dev.replayharness.s3;

import java.time.Instant;
import java.util.Objects;

/**
 * An object found under a prefix.
 *
 * @param location     where it is
 * @param size         its size in bytes
 * @param lastModified when it was last written
 */
public record StoredObject(S3Location location, long size, Instant lastModified) {

    public StoredObject {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(lastModified, "lastModified");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size + " for " + location);
        }
    }
}
