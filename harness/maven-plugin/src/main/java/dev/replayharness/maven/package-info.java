/**
 * The Maven goals {@code replay:verify}, {@code replay:run}, {@code replay:reproduce} and {@code replay:inspect}:
 * thin front doors that map {@code replay.*} parameters onto the suite runner and log its progress.
 */
package dev.replayharness.maven;
