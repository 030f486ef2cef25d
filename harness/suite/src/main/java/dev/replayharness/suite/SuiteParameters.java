package dev.replayharness.suite;

import dev.replayharness.browser.BrowserSettings;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.run.ClockMode;
import dev.replayharness.run.ReplayOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The options every front door takes, by the names they share ({@code --target} on the command line,
 * {@code -Dreplay.target} for Maven, {@code target} in {@code @ReplayTest}), as plain values; {@link #toOptions}
 * is the one place they become a {@link SuiteOptions}.
 *
 * @param target                the build (URL, folder, command or image)
 * @param baselineTarget        a baseline build's URL or folder for side-by-side pictures, or null
 * @param golden                compare with golden images beside each bundle
 * @param updateSnapshots       rewrite the golden images (implies golden)
 * @param masks                 CSS selectors left out of pictures
 * @param maxVisualDiff         the share of pixels a step's picture may differ
 * @param inputs                values for masked fields
 * @param allowedOrigins        origins the page may reach besides the target
 * @param stepTimeout           the longest a step waits
 * @param clock                 the page's time: the recording's or the machine's
 * @param forbidRecordedErrors  recorded failures that recur are regressions
 * @param stopAtFirstDivergence stop at the first failed step and divergent bundle
 * @param headed                show the browser when a display is there
 * @param slowMoMillis          wait before each browser action
 * @param reportDir             where the reports go
 */
public record SuiteParameters(TargetSpec target, String baselineTarget, boolean golden, boolean updateSnapshots,
                              List<String> masks, double maxVisualDiff, Map<String, String> inputs,
                              Set<String> allowedOrigins, Duration stepTimeout, ClockMode clock,
                              boolean forbidRecordedErrors,
                              boolean stopAtFirstDivergence, boolean headed, int slowMoMillis, Path reportDir) {

    public SuiteParameters {
        java.util.Objects.requireNonNull(clock, "clock");
        masks = List.copyOf(masks);
        inputs = Map.copyOf(inputs);
        allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /** The suite over these bundles, {@code jobs} at a time, this shard's only (null: all). */
    public SuiteOptions toOptions(List<Path> bundles, int jobs, Shard shard) {
        ReplayOptions replay = ReplayOptions.defaults().withStepTimeout(stepTimeout)
                .withOutputDir(reportDir.resolve("steps")).withInputs(inputs).withMaskSelectors(masks)
                .withAllowedOrigins(allowedOrigins).withClock(clock);
        BrowserSettings browser = BrowserSettings.defaults().withSlowMo(slowMoMillis);
        return new SuiteOptions(bundles, target, baselineTarget == null ? null : TargetSpec.of(baselineTarget),
                replay, CompareOptions.defaults().withMaxVisualRatio(maxVisualDiff), golden || updateSnapshots,
                updateSnapshots, forbidRecordedErrors, jobs, shard, stopAtFirstDivergence,
                headed ? browser.headedWhenDisplayed() : browser, reportDir);
    }
}
