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
        URI recorded = URI.create(recordedUrl);
        String basePath = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
        String path = recorded.getRawPath() == null || recorded.getRawPath().isEmpty() ? "/" : recorded.getRawPath();
        String joined = basePath.endsWith("/") ? basePath + path.substring(1) : basePath + path;
        return base.getScheme() + "://" + base.getRawAuthority() + joined
                + (recorded.getRawQuery() == null ? "" : "?" + recorded.getRawQuery())
                + (recorded.getRawFragment() == null ? "" : "#" + recorded.getRawFragment());
    }

    /** The recorded origin, for routing absolute URLs the app wrote into itself. */
    String recordedOrigin() {
        return recordedOrigin;
    }

    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
