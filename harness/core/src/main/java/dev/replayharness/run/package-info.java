/**
 * Replays a journey against a target in Chromium, step by step, and records what happened:
 * {@link dev.replayharness.run.ReplayRunner} gives a {@link dev.replayharness.run.ReplayResult} of
 * {@link dev.replayharness.run.StepOutcome}s.
 */
package dev.replayharness.run;
