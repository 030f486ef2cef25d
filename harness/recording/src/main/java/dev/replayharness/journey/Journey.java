package dev.replayharness.journey;

import java.util.List;

/**
 * What the user did in a recording, in order.
 *
 * @param steps     the steps, numbered from 1
 * @param startUrl  the first page, or null when the recording has none
 * @param viewportWidth  the first recorded viewport width (0 when unknown)
 * @param viewportHeight the first recorded viewport height
 * @param tracksUrlChanges the recording reports address changes without page loads (posthog-js
 *                  {@code $pageview}); without them a single-page app's URL after a step is unknown (plain rrweb)
 * @param notes     what extraction noticed and could not turn into a step (with event indexes)
 */
public record Journey(List<Step> steps, String startUrl, int viewportWidth, int viewportHeight,
                      boolean tracksUrlChanges, List<String> notes) {

    public Journey {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /**
     * The same journey with every address it holds — the first page, each navigation, each address expected after
     * a step — passed through {@code rewrite}.
     */
    public Journey withUrls(java.util.function.UnaryOperator<String> rewrite) {
        List<Step> rewritten = steps.stream().map(step -> step.withAction(step.action() instanceof Action.Navigate
                        navigate ? new Action.Navigate(rewrite.apply(navigate.url()), navigate.kind()) : step.action())
                .withUrlAfter(step.urlAfter() == null ? null : rewrite.apply(step.urlAfter()))).toList();
        return new Journey(rewritten, startUrl == null ? null : rewrite.apply(startUrl), viewportWidth,
                viewportHeight, tracksUrlChanges, notes);
    }

    /** The steps whose value was masked and that need a value from the user to replay. */
    public List<Step> needingInput() {
        return steps.stream().filter(step -> step.action() instanceof Action.Fill fill && fill.masked()
                || step.action() instanceof Action.Select select && select.masked()).toList();
    }
}
