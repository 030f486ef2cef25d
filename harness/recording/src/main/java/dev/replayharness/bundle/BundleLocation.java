package dev.replayharness.bundle;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where recordings are read from, as a user names it: a local file or folder, or a remote URL
 * ({@code s3://bucket/key}, {@code s3://bucket/prefix/}) that a {@link RemoteFetcher} on the class path brings here.
 * Front doors keep locations typed from the moment they read the text, because {@code Path.of("s3://b/k")} would
 * quietly collapse the {@code //} into a local path that does not exist.
 */
public sealed interface BundleLocation permits BundleLocation.Local, BundleLocation.Remote {

    /** A scheme of two or more characters, so that a Windows drive ({@code C:/}) stays a path. */
    Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+)://(.*)", Pattern.DOTALL);

    /** A file or folder on this machine. */
    record Local(Path path) implements BundleLocation {

        public Local {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * A URL a {@link RemoteFetcher} reads.
     *
     * @param scheme the scheme in lower case ({@code s3})
     * @param url    the URL as given; one ending with {@code /} names everything under it
     */
    record Remote(String scheme, String url) implements BundleLocation {

        public Remote {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(url, "url");
            Matcher matcher = URL.matcher(url);
            if (!matcher.matches() || !matcher.group(1).equalsIgnoreCase(scheme) || matcher.group(2).isEmpty()) {
                throw new IllegalArgumentException("'" + url + "' is not a " + scheme + ":// URL: expected "
                        + scheme + "://WHERE/WHAT");
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
        }

        /** Names everything under it (ends with {@code /}) rather than one object. */
        public boolean isPrefix() {
            return url.endsWith("/");
        }

        @Override
        public String describe() {
            return url;
        }
    }

    /** The path or the URL, for people and for recording names. */
    String describe();

    /** A URL ({@code scheme://...}) as a remote location, anything else as a path resolved against {@code base}. */
    static BundleLocation parse(String text, Path base) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = URL.matcher(text);
        if (matcher.matches() && !matcher.group(1).equalsIgnoreCase("file")) {
            return new Remote(matcher.group(1), text);
        }
        return new Local(base.resolve(text).normalize());
    }

    /** A URL as a remote location, anything else as a path as given. */
    static BundleLocation parse(String text) {
        Matcher matcher = URL.matcher(text);
        return matcher.matches() && !matcher.group(1).equalsIgnoreCase("file") ? new Remote(matcher.group(1), text)
                : new Local(Path.of(text));
    }

    static BundleLocation of(Path path) {
        return new Local(path);
    }
}
