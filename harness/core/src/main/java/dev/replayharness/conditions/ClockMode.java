package dev.replayharness.conditions;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which time the replayed page lives in. A session replayed on another day meets another "today": a date picker
 * opens on another month, "posted 3 minutes ago" reads otherwise. The recorded clock gives the page the user's.
 */
public enum ClockMode {
    /**
     * The page's date starts at the recording's first step and runs forward with the replay;
     * timers fire as they would.
     */
    RECORDED,
    /** The machine's own time. */
    LIVE;

    /** The name a front door takes: {@code recorded}, {@code live}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a front door's value, naming the ones it takes when it is none of them. */
    public static ClockMode parse(String value) {
        for (ClockMode mode : values()) {
            if (mode.optionValue().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("clock '" + value + "' is not one of "
                + Arrays.stream(values()).map(ClockMode::optionValue).collect(Collectors.joining(", "))
                + ": 'recorded' gives the page the recording's time, 'live' the machine's");
    }
}
