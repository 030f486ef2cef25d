/**
 * The root of the harness: {@link dev.replayharness.ReplayException}, which every error the harness raises
 * extends, so a caller can catch what the harness says apart from what the JVM says.
 */
package dev.replayharness;
