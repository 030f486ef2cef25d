package dev.replayharness.capture.store;

import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;
import dev.replayharness.s3.S3Settings;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a capture server's bundles go, as settings hold it: a folder, or a prefix in an S3-compatible bucket. Data
 * only; {@link #open()} makes the {@link BundleStore} (and its client) when the server starts.
 */
public sealed interface StoreLocation permits StoreLocation.Folder, StoreLocation.Bucket {

    /** A folder on this machine. */
    record Folder(Path path) implements StoreLocation {

        public Folder {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public BundleStore open() {
            return new DirectoryStore(path);
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A prefix in a bucket, reached as {@code settings} say (credentials from the AWS SDK's default chain).
     *
     * @param prefix   where bundles go; a {@code /} is added when missing
     * @param settings the endpoint, path-style and region
     */
    record Bucket(S3Location prefix, S3Settings settings) implements StoreLocation {

        public Bucket {
            prefix = Objects.requireNonNull(prefix, "prefix").asPrefix();
            Objects.requireNonNull(settings, "settings");
        }

        @Override
        public BundleStore open() {
            return new S3Store(S3Objects.connect(settings), prefix);
        }

        @Override
        public String describe() {
            return prefix.toString();
        }
    }

    /** The store, ready to take bundles. */
    BundleStore open();

    /** The folder or {@code s3://bucket/prefix/}, for people. */
    String describe();

    /**
     * {@code s3://bucket/prefix/} as a bucket reached as this process's environment says
     * ({@link S3Settings#fromEnvironment()}), anything else as a folder.
     *
     * @throws IllegalArgumentException naming the text and the form expected, for a malformed S3 location
     */
    static StoreLocation parse(String text) {
        return S3Location.isS3(text) ? new Bucket(S3Location.parse(text), S3Settings.fromEnvironment())
                : new Folder(Path.of(text));
    }
}
