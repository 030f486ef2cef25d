package dev.replayharness.suite;

import dev.replayharness.browser.BrowserSettings;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.run.ReplayOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a suite run needs; the CLI's options and the Maven plugin's parameters both map onto this, under the
 * same names ({@code --target} / {@code replay.target}, {@code --jobs} / {@code replay.jobs}, ...).
 *
 * @param bundles               recording files and folders to search for recordings
 * @param target                the build to replay against
 * @param baselineTarget        a baseline build whose pictures each step is compared with (side by side), or null
 * @param replay                how each replay runs (timeouts, inputs, allowed origins, masks, where pictures go)
 * @param compare               how strict the comparison is
 * @param goldenImages          compare pictures with golden images beside each bundle instead of the rebuilt
 *                              recording
 * @param updateSnapshots       rewrite the golden images from this run
 * @param forbidRecordedErrors  a failure the recording holds (the user's bug) that recurs is a regression
 * @param jobs                  recordings replayed at once (one browser per worker)
 * @param shard                 only this shard's bundles, or null for all
 * @param stopAtFirstDivergence stop a replay at its first failed step, and the suite at its first divergent bundle
 * @param browser               how the browser is launched (headed, slow motion)
 * @param reportDir             where the JUnit XML, Allure results, HTML report and JSON summary go, or null
 */
public record SuiteOptions(List<Path> bundles, TargetSpec target, TargetSpec baselineTarget, ReplayOptions replay,
                           CompareOptions compare, boolean goldenImages, boolean updateSnapshots,
                           boolean forbidRecordedErrors, int jobs, Shard shard, boolean stopAtFirstDivergence,
                           BrowserSettings browser, Path reportDir) {

    public SuiteOptions {
        bundles = List.copyOf(bundles);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(browser, "browser");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
    }

    /** One job, all shards, pictures against the rebuilt recording, reports under {@code target/replay-report}. */
    public static SuiteOptions of(List<Path> bundles, TargetSpec target) {
        Path reports = Path.of("target", "replay-report");
        return new SuiteOptions(bundles, target, null, ReplayOptions.defaults().withOutputDir(reports.resolve("steps")),
                CompareOptions.defaults(), false, false, false, 1, null, false, BrowserSettings.defaults(), reports);
    }
}
