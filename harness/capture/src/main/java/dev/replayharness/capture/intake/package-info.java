/**
 * Reading what posthog-js sends: bodies plain, gzip'd, base64 or form-encoded, decoded within limits, and the
 * events in them, each with its session, window and identity. Refusals carry the status and reason to answer.
 */
package dev.replayharness.capture.intake;
