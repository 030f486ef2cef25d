/**
 * What the user did, as steps a browser can do again: {@link dev.replayharness.journey.JourneyExtractor} reads a
 * recording into a {@link dev.replayharness.journey.Journey} of {@link dev.replayharness.journey.Step}s, each
 * target carrying ranked selectors that were unique in the recorded page.
 */
package dev.replayharness.journey;
