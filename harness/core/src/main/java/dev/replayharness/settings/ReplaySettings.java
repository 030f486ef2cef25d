package dev.replayharness.settings;

import dev.replayharness.browser.BrowserSettings;
import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.conditions.ClockMode;
import dev.replayharness.conditions.ReplayConditions;
import dev.replayharness.conditions.StorageState;
import dev.replayharness.journey.UrlRewrite;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.run.ReplayOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Everything a suite of replays needs, read from any front door by {@link #read} under the names of
 * {@link Setting} ({@code --max-visual-diff}, {@code replay.maxVisualDiff}, {@code @ReplayTest(maxVisualDiff)}).
 *
 * @param bundles               recording files, folders to search for recordings, and remote locations
 *                              ({@code s3://bucket/key}, {@code s3://bucket/prefix/})
 * @param target                the build to replay against
 * @param baselineTarget        a baseline build whose pictures each step is compared with (side by side), or null
 * @param replay                how each replay runs (timeouts, inputs, allowed origins, masks, where pictures go)
 * @param compare               how strict the comparison is
 * @param golden                compare pictures with golden images beside each bundle instead of the rebuilt
 *                              recording
 * @param updateSnapshots       rewrite the golden images from this run
 * @param forbidRecordedErrors  a failure the recording holds (the user's bug) that recurs is a regression
 * @param jobs                  recordings replayed at once (one browser per worker)
 * @param shard                 only this shard's bundles, or null for all
 * @param stopAtFirstDivergence stop a replay at its first failed step, and the suite at its first divergent bundle
 * @param browser               how the browser is launched (headed, slow motion)
 * @param reportDir             where the JUnit XML, Allure results, HTML report and JSON summary go, or null
 * @param setup                 a recording (of logging in) replayed once before the suite, whose end state every
 *                              replay starts from; null for none
 */
public record ReplaySettings(List<BundleLocation> bundles, TargetSpec target, TargetSpec baselineTarget,
                             ReplayOptions replay, CompareOptions compare, boolean golden, boolean updateSnapshots,
                             boolean forbidRecordedErrors, int jobs, Shard shard, boolean stopAtFirstDivergence,
                             BrowserSettings browser, Path reportDir, Path setup) {

    public ReplaySettings {
        bundles = List.copyOf(bundles);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(browser, "browser");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
    }

    /**
     * The settings a door's lookup holds, each missing one at its default.
     *
     * @param door     whose spelling messages use
     * @param base     the folder relative paths start from (the project's, or the current one)
     * @param warnings told about deprecated names in use
     * @throws SettingException naming the first setting whose value cannot be used
     */
    public static ReplaySettings read(Door door, SettingLookup lookup, Path base, Consumer<String> warnings) {
        return read(door, lookup, base, warnings, System::getenv);
    }

    /** As {@link #read(Door, SettingLookup, Path, Consumer)}, with {@code env:} references read from {@code environment}. */
    static ReplaySettings read(Door door, SettingLookup lookup, Path base, Consumer<String> warnings,
                               java.util.function.UnaryOperator<String> environment) {
        SettingsReader read = new SettingsReader(door, lookup, base, warnings, environment);
        Duration startTimeout = Duration.ofSeconds(read.whole(Setting.START_TIMEOUT));
        boolean spa = read.flag(Setting.SPA);
        TargetSpec target = new TargetSpec(read.urlOrFolder(Setting.TARGET), spa, read.text(Setting.TARGET_CMD),
                read.text(Setting.READY), read.text(Setting.TARGET_IMAGE), read.whole(Setting.IMAGE_PORT), startTimeout);
        String baseline = read.urlOrFolder(Setting.BASELINE_TARGET);
        Path reportDir = read.path(Setting.REPORT_DIR);
        ReplayOptions replay = ReplayOptions.defaults()
                .withStepTimeout(Duration.ofSeconds(read.whole(Setting.STEP_TIMEOUT)))
                .withOutputDir(reportDir.resolve("steps"))
                .withInputs(read.inputs(Setting.VALUES, Setting.INPUT))
                .withMaskSelectors(read.list(Setting.MASK))
                .withUrlRewrites(urlRewrites(read))
                .withAllowedOrigins(Set.copyOf(read.list(Setting.ALLOW_ORIGIN)))
                .withConditions(new ReplayConditions(clock(read), read.whole(Setting.SEED), network(read),
                        read.path(Setting.RECORD_HAR), storageState(read), read.path(Setting.SAVE_STORAGE_STATE)));
        BrowserSettings browser = BrowserSettings.defaults().withSlowMo(read.whole(Setting.SLOW_MO));
        boolean updateSnapshots = read.flag(Setting.UPDATE_SNAPSHOTS);
        int jobs = read.whole(Setting.JOBS);
        if (jobs < 1) {
            throw read.bad(Setting.JOBS, "at least 1 recording is replayed at a time, was " + jobs);
        }
        return new ReplaySettings(read.locations(Setting.BUNDLES), target,
                baseline == null ? null : new TargetSpec(baseline, spa, null, null, null, 80, startTimeout), replay,
                CompareOptions.defaults().withMaxVisualRatio(read.ratio(Setting.MAX_VISUAL_DIFF)),
                read.flag(Setting.GOLDEN) || updateSnapshots, updateSnapshots,
                read.flag(Setting.FORBID_RECORDED_ERRORS), jobs, shard(read),
                read.flag(Setting.STOP_AT_FIRST_DIVERGENCE),
                read.flag(Setting.HEADED) ? browser.headedWhenDisplayed() : browser, reportDir,
                read.path(Setting.SETUP));
    }

    private static ClockMode clock(SettingsReader read) {
        try {
            return ClockMode.parse(read.text(Setting.CLOCK));
        } catch (IllegalArgumentException bad) {
            throw read.bad(Setting.CLOCK, bad.getMessage());
        }
    }

    private static NetworkMode network(SettingsReader read) {
        try {
            return NetworkMode.parse(read.text(Setting.NETWORK), read.base());
        } catch (IllegalArgumentException bad) {
            throw read.bad(Setting.NETWORK, bad.getMessage());
        }
    }

    /** The storage state to start from, checked now: a missing or broken file is a usage error, not a divergence. */
    private static Path storageState(SettingsReader read) {
        Path file = read.path(Setting.STORAGE_STATE);
        if (file != null) {
            try {
                StorageState.read(file);
            } catch (IllegalArgumentException bad) {
                throw read.bad(Setting.STORAGE_STATE, bad.getMessage());
            }
        }
        return file;
    }

    private static List<UrlRewrite> urlRewrites(SettingsReader read) {
        List<UrlRewrite> rewrites = new java.util.ArrayList<>();
        for (String given : read.list(Setting.MAP_URL)) {
            try {
                rewrites.add(UrlRewrite.parse(given));
            } catch (IllegalArgumentException bad) {
                throw read.bad(Setting.MAP_URL, bad.getMessage());
            }
        }
        return rewrites;
    }

    private static Shard shard(SettingsReader read) {
        String shard = read.text(Setting.SHARD);
        try {
            return shard == null ? null : Shard.parse(shard);
        } catch (IllegalArgumentException bad) {
            throw read.bad(Setting.SHARD, bad.getMessage());
        }
    }

    /** Every setting at its default, relative to the current folder. */
    public static ReplaySettings defaults() {
        return read(Door.CLI, name -> List.of(), Path.of(""), warning -> { });
    }

    /** The defaults for these bundles against this target. */
    public static ReplaySettings of(List<Path> bundles, TargetSpec target) {
        return defaults().withBundles(bundles).withTarget(target);
    }

    public ReplaySettings withBundles(List<Path> paths) {
        return withBundleLocations(paths.stream().<BundleLocation>map(BundleLocation.Local::new).toList());
    }

    /** The same settings, for the recordings at these locations (files, folders, {@code s3://} URLs). */
    public ReplaySettings withBundleLocations(List<BundleLocation> locations) {
        return new ReplaySettings(locations, target, baselineTarget, replay, compare, golden, updateSnapshots,
                forbidRecordedErrors, jobs, shard, stopAtFirstDivergence, browser, reportDir, setup);
    }

    /** The same settings, replaying as {@code options} says. */
    public ReplaySettings withReplay(ReplayOptions options) {
        return new ReplaySettings(bundles, target, baselineTarget, options, compare, golden, updateSnapshots,
                forbidRecordedErrors, jobs, shard, stopAtFirstDivergence, browser, reportDir, setup);
    }

    public ReplaySettings withTarget(TargetSpec build) {
        return new ReplaySettings(bundles, build, baselineTarget, replay, compare, golden, updateSnapshots,
                forbidRecordedErrors, jobs, shard, stopAtFirstDivergence, browser, reportDir, setup);
    }
}
