package dev.replayharness.network;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A request as matching compares it: the method, the address without its fragment, and its query parameters as a
 * set (a page that builds the same query in another order asks the same question).
 *
 * @param method  the method in upper case
 * @param address scheme, host, port and path as requested
 * @param query   the decoded {@code name=value} pairs, sorted
 */
public record RequestKey(String method, String address, List<String> query) {

    public RequestKey {
        query = List.copyOf(query);
    }

    /** The key of a request for {@code url}; a null method is a GET. */
    public static RequestKey of(String method, String url) {
        String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        int mark = withoutFragment.indexOf('?');
        String address = mark < 0 ? withoutFragment : withoutFragment.substring(0, mark);
        List<String> pairs = new ArrayList<>();
        if (mark >= 0) {
            for (String pair : withoutFragment.substring(mark + 1).split("&")) {
                if (!pair.isEmpty()) {
                    pairs.add(decode(pair));
                }
            }
        }
        Collections.sort(pairs);
        return new RequestKey(method == null ? "GET" : method.toUpperCase(Locale.ROOT), address, pairs);
    }

    private static String decode(String pair) {
        try {
            return URLDecoder.decode(pair, StandardCharsets.UTF_8); // '+' and %20 both read as a space
        } catch (IllegalArgumentException malformed) {
            return pair; // a stray '%': compared as written
        }
    }

    @Override
    public String toString() {
        return method + " " + address + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }
}
