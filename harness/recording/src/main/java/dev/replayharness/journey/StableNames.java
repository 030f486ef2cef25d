package dev.replayharness.journey;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells names a build keeps from names a build makes up: ids from {@code useId()} or counters, class names with
 * a CSS-module or CSS-in-JS hash. A selector built on a made-up name breaks on the next build.
 */
final class StableNames {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final Pattern SEGMENTS = Pattern.compile("[_-]+");
    private static final List<String> GENERATED_PREFIXES = List.of("css-", "sc-", "jsx-", "svelte-", "astro-",
            "emotion-", "ng-tns-", "_ngcontent", "_nghost", "ember", "mui-", "radix-", "headlessui-", "react-select-",
            "yui_", "ext-gen", "gwt-uid", "ui-id-");
    /**
     * Words of class names that state what the pointer or focus is doing to the element right now (jQuery UI's
     * {@code ui-state-active}, {@code is-hovered}): true at the moment of a click, gone at replay.
     */
    private static final java.util.Set<String> STATE_WORDS = java.util.Set.of("active", "hover", "hovered", "focus",
            "focused", "pressed", "highlight", "highlighted", "selected");

    private StableNames() {
    }

    /** An id a tester could rely on across builds. */
    static boolean isStableId(String id) {
        return id != null && SAFE.matcher(id).matches() && !looksGenerated(id, 4);
    }

    /** A class name that is not a build hash. */
    static boolean isStableClass(String name) {
        return SAFE.matcher(name).matches() && !looksGenerated(name, 5) && !isStateClass(name);
    }

    /**
     * Whole class names that say where an item stands in a sequence or whether it is open right now (a slide's
     * {@code present}/{@code past}/{@code future}, Bootstrap's {@code show}): they move as the user goes on. Only
     * the whole name counts: {@code btn-next} names a button.
     */
    private static final java.util.Set<String> STATE_NAMES = java.util.Set.of("current", "present", "past", "future",
            "next", "prev", "previous", "open", "opened", "expanded", "collapsed", "show", "shown", "in", "visible");

    /** A class that says the element is hovered, focused, pressed, or where it stands right now. */
    static boolean isStateClass(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (STATE_NAMES.contains(lower.startsWith("is-") ? lower.substring(3) : lower)) {
            return true;
        }
        for (String segment : SEGMENTS.split(lower)) {
            if (STATE_WORDS.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    /** A CSS identifier usable as {@code #id} or {@code .class} without escapes. */
    static boolean isPlainIdentifier(String name) {
        return SAFE.matcher(name).matches();
    }

    private static boolean looksGenerated(String name, int digitRun) {
        for (String prefix : GENERATED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        for (String segment : SEGMENTS.split(name)) {
            boolean digits = segment.chars().anyMatch(Character::isDigit);
            boolean letters = segment.chars().anyMatch(Character::isLetter);
            if (digits && letters && segment.length() >= 5) {
                return true; // a hash such as 1c8a6 or x7Fq2
            }
            if (digits && !letters && segment.length() >= digitRun) {
                return true; // a counter or timestamp
            }
        }
        return false;
    }
}
