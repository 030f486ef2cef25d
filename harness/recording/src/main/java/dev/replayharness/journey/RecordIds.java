package dev.replayharness.journey;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's id as apps print and route them ({@code LG-48213}, {@code #48213}, {@code 48213}, a UUID): what makes a
 * link, a heading or an API address name one record of the app's data rather than a fixed part of it.
 */
public final class RecordIds {

    private static final String ID = "(?:[A-Za-z]{1,6}[-_]?)?\\d{3,}"
            + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\w-])#?(" + ID + ")(?![\\w-])");
    private static final Pattern SEGMENT = Pattern.compile(ID);
    /** A year alone (1900-2099) names a period, not a record. */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private RecordIds() {
    }

    /** The first id in a text: "Order #LG-48213" → {@code LG-48213}. */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            if (!YEAR.matcher(matcher.group(1)).matches()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** The first path segment that is an id: {@code /api/orders/LG-48213} → {@code LG-48213}. */
    public static Optional<String> inPath(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            if (SEGMENT.matcher(segment).matches() && !YEAR.matcher(segment).matches()) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }
}
