package dev.replayharness.run;

import java.net.URI;

/**
 * Moves recorded addresses onto the target: the recorded app's origin becomes the target's base URL, path, query
 * and fragment kept (under the base's path, when it has one). Other origins are left alone.
 */
final class UrlMapper {

    private final String recordedOrigin;
    private final URI base;

    UrlMapper(String recordedStartUrl, URI targetBase) {
        this.recordedOrigin = recordedStartUrl == null ? null : origin(recordedStartUrl);
        this.base = targetBase;
    }

    String map(String recordedUrl) {
        if (recordedUrl == null || recordedOrigin == null || !recordedOrigin.equals(origin(recordedUrl))) {
            return recordedUrl;
        }
        // Taken apart by hand: a browser sends addresses java.net.URI refuses (a '|' in a query).
        String rest = recordedUrl.substring(recordedOrigin.length());
        int end = firstOf(rest, '?', '#');
        String path = end == 0 ? "/" : rest.substring(0, end);
        String basePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        String joined = basePath.endsWith("/") ? basePath + path.substring(1) : basePath + path;
        return base.getScheme() + "://" + base.getRawAuthority() + joined + rest.substring(end);
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.length();
        int at = text.indexOf(a);
        if (at >= 0) {
            first = at;
        }
        at = text.indexOf(b);
        return at >= 0 ? Math.min(first, at) : first;
    }

    /** The recorded origin, for routing absolute URLs the app wrote into itself. */
    String recordedOrigin() {
        return recordedOrigin;
    }

    /**
     * {@code scheme://authority} of an absolute address, or null for one without (data:, blob:, relative). Read
     * leniently: an address the page requests must be judged by its origin even where java.net.URI refuses it, or
     * a request to another origin would slip past the block.
     */
    static String origin(String url) {
        if (url == null) {
            return null;
        }
        java.util.regex.Matcher matcher = ORIGIN.matcher(url);
        return matcher.find() ? matcher.group(1).toLowerCase(java.util.Locale.ROOT) + "://" + matcher.group(2) : null;
    }

    private static final java.util.regex.Pattern ORIGIN =
            java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]+)");
}
