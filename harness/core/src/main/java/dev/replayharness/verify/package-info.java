/**
 * Verifying a build: runs a replay, renders the expected pictures (the rebuilt recording, golden images, or the
 * same journey on a baseline build) and hands what came out to the judges in {@code compare}.
 */
package dev.replayharness.verify;
