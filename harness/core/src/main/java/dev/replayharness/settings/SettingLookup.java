package dev.replayharness.settings;

import java.util.List;

/**
 * Where a front door keeps what the user gave, asked by a setting's camel-case name ({@code maxVisualDiff}). A door
 * answers in its own terms (a parsed command line, a mojo's fields, an annotation and system properties); turning
 * the text into values happens once, in {@link ReplaySettings#read}.
 */
@FunctionalInterface
public interface SettingLookup {

    /**
     * The values given under this name, as typed: empty when the setting was not given, one element for a single
     * value, several for a repeated one; a flag given without a value is {@code "true"}.
     */
    List<String> given(String camelName);
}
