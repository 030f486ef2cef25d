/**
 * The settings every front door takes (command line, Maven plugin, {@code @ReplayTest}), each under one name and
 * one default, read once from whatever key lookup the door offers into one typed {@link ReplaySettings}.
 */
package dev.replayharness.settings;
