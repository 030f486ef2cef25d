package dev.replayharness.bundle;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One recording to replay: the files of one session and the name it is reported under.
 *
 * @param name  the folder searched and the path inside it ({@code bundles/shop-checkout/rrweb}), or its file name
 * @param files the files of the session (several for PostHog snapshot blobs)
 */
public record BundleRef(String name, List<Path> files) {

    public BundleRef {
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a bundle needs at least one file: " + name);
        }
    }
}
