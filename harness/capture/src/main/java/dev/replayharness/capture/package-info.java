/**
 * The capture server posthog-js sends to: {@link dev.replayharness.capture.CaptureServer}, started from the command
 * line or embedded, journals every request durably and finalises each session into one portable bundle.
 */
package dev.replayharness.capture;
