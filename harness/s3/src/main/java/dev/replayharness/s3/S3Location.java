package dev.replayharness.s3;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An object or a prefix in a bucket: {@code s3://bucket/key} or {@code s3://bucket/prefix/}. A key that is empty or
 * ends with {@code /} is a prefix, naming every object under it.
 *
 * @param bucket the bucket, named as S3 allows (3 to 63 of {@code a-z 0-9 . -}, a letter or digit at each end)
 * @param key    the key or prefix inside it, without a leading {@code /}; empty for the whole bucket
 */
public record S3Location(String bucket, String key) {

    private static final String SCHEME = "s3://";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
            throw new IllegalArgumentException("'" + bucket + "' is not a bucket name: expected 3 to 63 lower-case "
                    + "letters, digits, dots or hyphens, starting and ending with a letter or digit");
        }
        if (key.startsWith("/")) {
            throw new IllegalArgumentException("the key '" + key + "' starts with '/': write s3://" + bucket + "/"
                    + key.replaceFirst("^/+", ""));
        }
    }

    /** Reads {@code s3://bucket}, {@code s3://bucket/key} or {@code s3://bucket/prefix/}. */
    public static S3Location parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new IllegalArgumentException("'" + text + "' is not an S3 location: expected s3://bucket/key or "
                    + "s3://bucket/prefix/");
        }
        String rest = text.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = slash < 0 ? "" : rest.substring(slash + 1);
        if (bucket.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' names no bucket: expected s3://bucket/key or "
                    + "s3://bucket/prefix/");
        }
        try {
            return new S3Location(bucket, key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
    }

    /** Whether {@code text} is written as an S3 location (valid or not). */
    public static boolean isS3(String text) {
        return text != null && text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** Names every object under it rather than one object. */
    public boolean isPrefix() {
        return key.isEmpty() || key.endsWith("/");
    }

    /** The object {@code name} under this prefix. */
    public S3Location resolve(String name) {
        if (!isPrefix()) {
            throw new IllegalStateException(this + " is an object, not a prefix (a prefix ends with /)");
        }
        return new S3Location(bucket, key + name);
    }

    /** This location as a prefix: a {@code /} added unless it has one (or is the whole bucket). */
    public S3Location asPrefix() {
        return isPrefix() ? this : new S3Location(bucket, key + "/");
    }

    @Override
    public String toString() {
        return SCHEME + bucket + "/" + key;
    }
}
