package dev.replayharness.cli;

import picocli.CommandLine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment of a recording as users write it: {@code 12.5s} or {@code 1500ms} after the window's first event,
 * {@code end}, or {@code step:N}: the page once step N of the user's journey had its effect (just before step N+1).
 */
record Moment(Long offsetMillis, Integer step) {

    private static final Pattern OFFSET = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");

    static Moment parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("end")) {
            return new Moment(null, null);
        }
        Matcher matcher = OFFSET.matcher(value);
        if (matcher.matches()) {
            double amount = Double.parseDouble(matcher.group(1));
            return new Moment(Math.round(matcher.group(2).equals("s") ? amount * 1000 : amount), null);
        }
        if (value.matches("step:\\d+") && Integer.parseInt(value.substring(5)) > 0) {
            return new Moment(null, Integer.parseInt(value.substring(5)));
        }
        throw new CommandLine.TypeConversionException("'" + text + "' is not a moment: use 12.5s, 1500ms, step:3 or end");
    }

    /** The absolute timestamp of a time or {@code end}, given the window's first and last timestamps (clamped). */
    long resolve(long first, long last) {
        return offsetMillis == null ? last : Math.min(last, first + offsetMillis);
    }

    /** Converts --at values. */
    static final class Converter implements CommandLine.ITypeConverter<Moment> {
        @Override
        public Moment convert(String value) {
            return parse(value);
        }
    }
}
