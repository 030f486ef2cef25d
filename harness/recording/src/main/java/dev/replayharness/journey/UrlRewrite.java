package dev.replayharness.journey;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rewrite of the addresses a recording holds, for data that differs between where it was recorded and where it is
 * replayed: production's order 48213 is CI's order 7 ({@code /orders/48213=>/orders/7}), a tenant's path is another
 * tenant's. Applied to the journey's navigations and to the address expected after each step.
 *
 * @param pattern     a regular expression found anywhere in the address
 * @param replacement what replaces each match ({@code $1} for a group)
 */
public record UrlRewrite(Pattern pattern, String replacement) {

    /** What separates the expression from its replacement in {@code REGEX=>REPLACEMENT}. */
    public static final String ARROW = "=>";

    public UrlRewrite {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(replacement, "replacement");
    }

    /**
     * Reads {@code REGEX=>REPLACEMENT}.
     *
     * @throws IllegalArgumentException naming what is wrong: no arrow, an empty expression, a bad expression (with
     *                                  where), a replacement naming a group the expression lacks
     */
    public static UrlRewrite parse(String text) {
        int arrow = text.indexOf(ARROW);
        if (arrow < 0) {
            throw new IllegalArgumentException("expected REGEX=>REPLACEMENT, was '" + text + "'");
        }
        String expression = text.substring(0, arrow);
        if (expression.isEmpty()) {
            throw new IllegalArgumentException("the expression before => is empty in '" + text + "'");
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(expression);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + expression + "' is not a regular expression: "
                    + e.getDescription() + " near index " + e.getIndex());
        }
        UrlRewrite rewrite = new UrlRewrite(pattern, text.substring(arrow + ARROW.length()));
        try {
            rewrite.pattern.matcher("").replaceAll(rewrite.replacement);
            Matcher groups = Pattern.compile("\\$(\\d+)").matcher(rewrite.replacement);
            while (groups.find()) {
                if (Integer.parseInt(groups.group(1)) > pattern.matcher("").groupCount()) {
                    throw new IllegalArgumentException("the replacement '" + rewrite.replacement + "' names group $"
                            + groups.group(1) + ", and '" + expression + "' has "
                            + pattern.matcher("").groupCount());
                }
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the replacement '" + rewrite.replacement + "' is not usable: "
                    + e.getMessage());
        }
        return rewrite;
    }

    /** {@code url} with every match replaced; null stays null. */
    public String apply(String url) {
        return url == null ? null : pattern.matcher(url).replaceAll(replacement);
    }

    /** {@code url} through every rewrite, in order. */
    public static String applyAll(List<UrlRewrite> rewrites, String url) {
        String result = url;
        for (UrlRewrite rewrite : rewrites) {
            result = rewrite.apply(result);
        }
        return result;
    }

    @Override
    public String toString() {
        return pattern.pattern() + ARROW + replacement;
    }
}
