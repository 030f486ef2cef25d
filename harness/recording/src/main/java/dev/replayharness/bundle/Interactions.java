package dev.replayharness.bundle;

/**
 * What the user did, counted the way a person would count it.
 *
 * @param clicks      clicks with a button or finger pressed for them (a double click is two); the clicks browsers
 *                    fire by themselves, e.g. for Enter in a form, are not counted
 * @param inputs      field edits: a run of keystrokes into one field counts once, a checkbox or radio change
 *                    once; values that scripts set in fields the user is not in are not counted
 * @param scrolls     scroll gestures: scroll events on one target less than 400 ms apart count once
 * @param resizes     window resizes, grouped the same way
 * @param navigations page loads plus single-page-app URL changes posthog-js reported ({@code $pageview})
 */
public record Interactions(long clicks, long inputs, long scrolls, long resizes, long navigations) {
}
