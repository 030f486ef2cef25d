package dev.replayharness.browser;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rebuilt page may fetch. Nothing by default: replaying a production recording must never call
 * production. Allowed origins are fetched as recorded; mapped origins are fetched from another base URL (a
 * local copy of the recorded site's assets, the fixture server in tests). {@code data:} URLs always load.
 *
 * @param allowedOrigins origins such as {@code https://cdn.example.com} that may be fetched as they are
 * @param mappedOrigins  recorded origin → base URL to fetch its resources from instead
 */
public record NetworkPolicy(Set<String> allowedOrigins, Map<String, String> mappedOrigins) {

    public NetworkPolicy {
        allowedOrigins = Set.copyOf(allowedOrigins.stream().map(NetworkPolicy::normalize).toList());
        mappedOrigins = Map.copyOf(mappedOrigins);
    }

    /** Blocks every request. */
    public static NetworkPolicy blockAll() {
        return new NetworkPolicy(Set.of(), Map.of());
    }

    /** The same policy, also serving {@code recordedOrigin}'s resources from {@code liveBaseUrl}. */
    public NetworkPolicy mapping(String recordedOrigin, String liveBaseUrl) {
        Map<String, String> mapped = new java.util.HashMap<>(mappedOrigins);
        mapped.put(normalize(recordedOrigin), liveBaseUrl.replaceAll("/+$", ""));
        return new NetworkPolicy(allowedOrigins, mapped);
    }

    /** Where a request for {@code url} goes: the URL to fetch, or empty to block it. */
    public Optional<String> route(String url) {
        if (url.startsWith("data:") || url.startsWith("about:")) {
            return Optional.of(url);
        }
        String origin = originOf(url);
        if (origin == null) {
            return Optional.empty();
        }
        String mapped = mappedOrigins.get(origin);
        if (mapped != null) {
            return Optional.of(mapped + url.substring(origin.length()));
        }
        return allowedOrigins.contains(origin) ? Optional.of(url) : Optional.empty();
    }

    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return normalize(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String normalize(String origin) {
        return origin.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
    }
}
