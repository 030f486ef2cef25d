package dev.replayharness.compare;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How strict the comparison is.
 *
 * @param maxVisualRatio     most pixels (0..1) a step's picture may differ from the expected one
 * @param volatileText       text patterns replaced before texts are compared (dates, times, counters)
 * @param ignoredQueryParams query parameters left out when addresses are compared (tracking ids, cache busters)
 * @param ignoredRequests    request paths whose failures are never reported (the browser's own favicon fetch)
 */
public record CompareOptions(double maxVisualRatio, List<Pattern> volatileText, Set<String> ignoredQueryParams,
                             Set<String> ignoredRequests) {

    /** Numbers (which covers dates, times and counters) are volatile; {@code utm_*}-style params are not ignored. */
    public static final List<Pattern> DEFAULT_VOLATILE = List.of(Pattern.compile("\\d+"));

    public CompareOptions {
        volatileText = List.copyOf(volatileText);
        ignoredQueryParams = Set.copyOf(ignoredQueryParams);
        ignoredRequests = Set.copyOf(ignoredRequests);
    }

    public static CompareOptions defaults() {
        return new CompareOptions(0.015, DEFAULT_VOLATILE, Set.of("utm_source", "utm_medium", "utm_campaign", "gclid",
                "fbclid"), Set.of("/favicon.ico"));
    }

    public CompareOptions withMaxVisualRatio(double ratio) {
        return new CompareOptions(ratio, volatileText, ignoredQueryParams, ignoredRequests);
    }
}
