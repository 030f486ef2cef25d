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

    /**
     * A recording's name as one file or folder name: every run of characters outside {@code A-Z a-z 0-9 . _ -}
     * becomes one {@code -}, so the artefacts of {@code bundles/shop-checkout/rrweb} sit side by side, never nested.
     */
    public static String asFileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /**
     * The file one recording's output goes to when a user names {@code path}: the path itself when it ends with
     * {@code extension} (or is an existing file), else {@code <recording>.<extension>} in it as a folder.
     *
     * @param extension with its dot: {@code .har}
     */
    public static Path outputFile(Path path, String recordingName, String extension) {
        boolean file = path.getFileName() != null
                && path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension);
        return file || java.nio.file.Files.isRegularFile(path) ? path
                : path.resolve(asFileName(recordingName) + extension);
    }
}
