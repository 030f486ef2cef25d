package dev.replayharness.browser;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page the harness shows may fetch, the one policy for replayed pages and rebuilt ones. Nothing by default:
 * replaying a production recording must never call production. Allowed origins are fetched as they are; mapped
 * origins are fetched from another base URL instead (the target build, a local copy of the recorded site's assets);
 * {@code data:}, {@code blob:} and {@code about:} addresses always load; everything else is blocked.
 *
 * <p>Origins are compared as browsers compare them: scheme and host in any case, a default port or a trailing
 * slash make no difference, so {@code HTTPS://CDN.example.com:443/} and {@code https://cdn.example.com} are one.
 *
 * @param allowedOrigins origins such as {@code https://cdn.example.com} that may be fetched as they are
 * @param mappedOrigins  recorded origin → base URL to fetch its resources from instead
 */
public record NetworkPolicy(Set<String> allowedOrigins, Map<String, LiveBase> mappedOrigins) {

    private static final Pattern ORIGIN = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]+)");

    public NetworkPolicy {
        allowedOrigins = Set.copyOf(allowedOrigins.stream().map(NetworkPolicy::normalize).toList());
        Map<String, LiveBase> mapped = new HashMap<>();
        mappedOrigins.forEach((origin, base) -> mapped.put(normalize(origin), base));
        mappedOrigins = Map.copyOf(mapped);
    }

    /**
     * A base URL a mapped origin's requests go to, read once when the mapping is made.
     *
     * @param origin {@code scheme://host[:port]} as written
     * @param path   its path, {@code /} when it has none; requests' paths go under it
     */
    public record LiveBase(String origin, String path) {

        /**
         * Reads an absolute base URL; its query and fragment are dropped.
         *
         * @throws IllegalArgumentException for an address without {@code scheme://host}
         */
        public static LiveBase parse(String baseUrl) {
            Matcher live = ORIGIN.matcher(baseUrl);
            if (!live.find()) {
                throw new IllegalArgumentException("a mapped origin needs an absolute base URL, was '" + baseUrl + "'");
            }
            String rest = baseUrl.substring(live.end());
            int end = firstOf(rest, '?', '#');
            return new LiveBase(live.group(), end == 0 ? "/" : rest.substring(0, end));
        }
    }

    /** Blocks every request. */
    public static NetworkPolicy blockAll() {
        return new NetworkPolicy(Set.of(), Map.of());
    }

    /** Allows these origins and maps each recorded origin to the base URL given. */
    public static NetworkPolicy of(Collection<String> allowed, Map<String, String> mapped) {
        NetworkPolicy policy = blockAll().allowing(allowed);
        for (Map.Entry<String, String> entry : mapped.entrySet()) {
            policy = policy.mapping(entry.getKey(), entry.getValue());
        }
        return policy;
    }

    /** The same policy, also letting these origins (or addresses on them) be fetched as they are. */
    public NetworkPolicy allowing(Collection<String> origins) {
        Set<String> allowed = new HashSet<>(allowedOrigins);
        allowed.addAll(origins);
        return new NetworkPolicy(allowed, mappedOrigins);
    }

    /**
     * The same policy, also fetching what {@code recorded} (an origin, or any address on it) served from
     * {@code liveBaseUrl}, path, query and fragment kept under the base's path.
     */
    public NetworkPolicy mapping(String recorded, String liveBaseUrl) {
        Map<String, LiveBase> mapped = new HashMap<>(mappedOrigins);
        mapped.put(normalize(recorded), LiveBase.parse(liveBaseUrl));
        return new NetworkPolicy(allowedOrigins, mapped);
    }

    /**
     * Where a request for {@code url} goes: the URL to fetch (itself, or where its origin is mapped), or empty to
     * block it. An allowed origin is fetched as it is even if it is also mapped.
     */
    public Optional<String> route(String url) {
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) {
            return Optional.of(url);
        }
        String origin = originOf(url);
        if (origin == null) {
            return Optional.empty();
        }
        if (allowedOrigins.contains(origin)) {
            return Optional.of(url);
        }
        return mappedOrigins.containsKey(origin) ? Optional.of(addressFor(url)) : Optional.empty();
    }

    /** The address to open for a recorded one: moved onto the live base when its origin is mapped, else itself. */
    public String addressFor(String url) {
        Matcher matcher = url == null ? null : ORIGIN.matcher(url);
        if (matcher == null || !matcher.find()) {
            return url;
        }
        LiveBase base = mappedOrigins.get(normalize(matcher.group()));
        if (base == null) {
            return url;
        }
        String rest = url.substring(matcher.end());
        int end = firstOf(rest, '?', '#');
        String path = end == 0 ? "/" : rest.substring(0, end);
        String joined = base.path().endsWith("/") ? base.path() + path.substring(1) : base.path() + path;
        return base.origin() + joined + rest.substring(end);
    }

    /**
     * {@code scheme://host[:port]} of an absolute address as browsers compare origins (lower case, no default
     * port), or null for one without (data:, blob:, file:, relative). Read leniently: an address a page requests
     * must be judged by its origin even where java.net.URI refuses it (a '|' in a query), or it would slip past the
     * block.
     */
    public static String originOf(String url) {
        if (url == null) {
            return null;
        }
        Matcher matcher = ORIGIN.matcher(url);
        if (!matcher.find()) {
            return null;
        }
        String scheme = matcher.group(1).toLowerCase(Locale.ROOT);
        String authority = matcher.group(2).toLowerCase(Locale.ROOT);
        int userInfo = authority.lastIndexOf('@');
        if (userInfo >= 0) {
            authority = authority.substring(userInfo + 1);
        }
        if (scheme.equals("http") && authority.endsWith(":80")) {
            authority = authority.substring(0, authority.length() - 3);
        } else if (scheme.equals("https") && authority.endsWith(":443")) {
            authority = authority.substring(0, authority.length() - 4);
        }
        return scheme + "://" + authority;
    }

    /** An origin as given by a user or taken from an address, in the form {@link #originOf} compares. */
    private static String normalize(String origin) {
        String parsed = originOf(origin.strip());
        return parsed != null ? parsed : origin.strip().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
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
}
