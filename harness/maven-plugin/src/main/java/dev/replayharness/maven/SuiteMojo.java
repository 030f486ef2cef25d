package dev.replayharness.maven;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.bundle.RemoteLocationException;
import dev.replayharness.settings.Door;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.settings.Setting;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteListener;
import dev.replayharness.suite.SuiteResult;
import dev.replayharness.suite.SuiteRunner;
import dev.replayharness.suite.SuiteTargets;
import dev.replayharness.suite.TargetStartException;
import dev.replayharness.verify.SetupFailedException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The goals that replay recordings ({@code run}, {@code verify}, {@code reproduce}): the parameters they share,
 * each named as its {@link Setting} ({@code --target-cmd} is {@code -Dreplay.targetCmd} and {@code <targetCmd>}),
 * read into one {@link ReplaySettings}.
 */
public abstract class SuiteMojo extends ReplayMojo {

    /** The build to replay against: a running app's base URL, or a build folder served on a free loopback port. */
    @Parameter(property = "replay.target")
    String target;

    /** With a build folder: answer unknown paths with {@code index.html} (client-side routes). */
    @Parameter(property = "replay.spa", defaultValue = "false")
    boolean spa;

    /** A command that starts the app (run by {@code sh -c}); {@code {port}} is replaced by a free port. */
    @Parameter(property = "replay.targetCmd")
    String targetCmd;

    /** With {@code targetCmd}: where the app answers once up (default {@code http://127.0.0.1:{port}/}). */
    @Parameter(property = "replay.ready")
    String ready;

    /** A container image that serves the app (needs a Docker engine). */
    @Parameter(property = "replay.targetImage")
    String targetImage;

    /** With {@code targetImage}: the port the app listens on inside the container. */
    @Parameter(property = "replay.imagePort", defaultValue = "80")
    int imagePort;

    /** Seconds a target command or container may take to answer. */
    @Parameter(property = "replay.startTimeout", defaultValue = "60")
    int startTimeout;

    /** Compare each step's picture with the same step on this build (a URL or a build folder), side by side. */
    @Parameter(property = "replay.baselineTarget")
    String baselineTarget;

    /** Compare pictures with golden images kept beside each bundle ({@code <bundle>-snapshots/}). */
    @Parameter(property = "replay.golden", defaultValue = "false")
    boolean golden;

    /** Rewrite the golden images from this run (implies {@code golden}). */
    @Parameter(property = "replay.updateSnapshots", defaultValue = "false")
    boolean updateSnapshots;

    /** CSS selectors of elements left out of picture comparisons; on the command line a comma list. */
    @Parameter(property = "replay.mask")
    List<String> mask = new ArrayList<>();

    /** Rewrites of the recorded addresses, {@code REGEX=>REPLACEMENT}, applied in order; a comma list. */
    @Parameter(property = "replay.mapUrl")
    List<String> mapUrl = new ArrayList<>();

    /** The share of pixels a step's picture may differ. */
    @Parameter(property = "replay.maxVisualDiff", defaultValue = "0.015")
    double maxVisualDiff;

    /**
     * Values for masked fields, each {@code FIELD=VALUE} with the field by its id, name, label or {@code step:N}; on
     * the command line a comma list ({@code -Dreplay.input=email=ann@example.com,step:4=secret}).
     */
    @Parameter(property = "replay.input")
    List<String> input = new ArrayList<>();

    /**
     * @deprecated the old name of {@code input} ({@code replay.input}); read, with a warning, until the next
     * release.
     */
    @Deprecated
    @Parameter(property = "replay.inputs")
    List<String> inputs = new ArrayList<>();

    /** A properties file of {@code FIELD=VALUE} inputs; {@code input} values win over it. */
    @Parameter(property = "replay.values")
    File values;

    /** Origins the replayed app may reach too (a CDN); every other origin is blocked. Comma list. */
    @Parameter(property = "replay.allowOrigin")
    List<String> allowOrigin = new ArrayList<>();

    /**
     * @deprecated the old name of {@code allowOrigin} ({@code replay.allowOrigin}); read, with a warning, until the
     * next release.
     */
    @Deprecated
    @Parameter(property = "replay.allowOrigins")
    List<String> allowOrigins = new ArrayList<>();

    /**
     * The page's time: {@code recorded} starts it at the recording's (a date picker opens on the month the user
     * saw), {@code live} is this machine's.
     */
    @Parameter(property = "replay.clock", defaultValue = "recorded")
    String clock;

    /** The seed of the page's chance ({@code Math.random}, {@code crypto.randomUUID}). */
    @Parameter(property = "replay.seed", defaultValue = "1")
    int seed;

    /**
     * Where the page's requests are answered: {@code live} (the target), {@code recorded} (the recording's
     * responses, the rest by the target), {@code recorded-only} (also withholding the API calls it lacks),
     * {@code har:FILE} (a HAR, or a folder of {@code <recording>.har}).
     */
    @Parameter(property = "replay.network", defaultValue = "live")
    String network;

    /** Write each replay's API calls as a HAR: a {@code .har} file, or a folder of {@code <recording>.har}. */
    @Parameter(property = "replay.recordHar")
    String recordHar;

    /** A recording of logging in, replayed once before the suite; every replay starts from its end state. */
    @Parameter(property = "replay.setup")
    String setup;

    /** Start each replay logged in: a Playwright storage-state file, moved onto the target. */
    @Parameter(property = "replay.storageState")
    String storageState;

    /** Write each replay's storage state at its end: a {@code .json} file, or a folder of {@code <recording>.json}. */
    @Parameter(property = "replay.saveStorageState")
    String saveStorageState;

    /** Seconds a step waits at most for its target or page. */
    @Parameter(property = "replay.stepTimeout", defaultValue = "10")
    int stepTimeout;

    /**
     * Fail while a failure the recording holds (console error, exception, failed request) still happens: the test a
     * bug report becomes.
     */
    @Parameter(property = "replay.forbidRecordedErrors", defaultValue = "false")
    boolean forbidRecordedErrors;

    /** Stop a replay at its first failed step, and the run at its first divergent bundle. */
    @Parameter(property = "replay.stopAtFirstDivergence", defaultValue = "false")
    boolean stopAtFirstDivergence;

    /** Show the browser when a display exists ({@code DISPLAY} or {@code WAYLAND_DISPLAY}); headless otherwise. */
    @Parameter(property = "replay.headed", defaultValue = "false")
    boolean headed;

    /** Milliseconds to wait before each browser action, to follow a headed replay by eye. */
    @Parameter(property = "replay.slowMo", defaultValue = "0")
    int slowMo;

    /**
     * Where the reports go: {@code junit/}, {@code allure-results/}, {@code report.html}, {@code summary.json} (default
     * {@code ${project.build.directory}/replay-report}).
     */
    @Parameter(property = "replay.reportDir")
    File reportDir;

    /** The project's build folder; without a POM Maven leaves it uninterpolated, and {@code target} is used. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /**
     * The settings the parameters hold, over these recordings. Each parameter's field is named as its setting, so
     * the settings are read from the fields by name; the names themselves are checked by the plugin's tests.
     */
    ReplaySettings settings(List<BundleLocation> bundles) throws MojoExecutionException {
        try {
            return ReplaySettings.read(Door.MAVEN, this::given, baseFolder(), getLog()::warn)
                    .withBundleLocations(bundles);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("replay: " + e.getMessage(), e);
        }
    }

    private List<String> given(String name) {
        if (name.equals(Setting.REPORT_DIR.camelName()) && reportDir == null && buildDirectory != null
                && !buildDirectory.getPath().contains("${")) {
            // Maven's own build folder, wherever the POM moved it.
            return List.of(buildDirectory.toPath().resolve("replay-report").toString());
        }
        for (Class<?> type = getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                Object value = field.get(this);
                if (value instanceof Collection<?> values) {
                    return values.stream().map(SuiteMojo::text).toList();
                }
                return value == null ? List.of() : List.of(text(value));
            } catch (NoSuchFieldException notHere) {
                // a superclass may declare it
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("the parameter " + name + " cannot be read", e);
            }
        }
        return List.of();
    }

    private static String text(Object value) {
        return value instanceof File file ? file.getPath() : String.valueOf(value);
    }

    /**
     * Runs the suite, turning what keeps it from running into {@link MojoExecutionException}s that say why: a bad
     * parameter, a target that does not start, a bundle that cannot be read.
     */
    SuiteResult runSuite(ReplaySettings settings, SuiteListener listener) throws MojoExecutionException {
        SuiteRunner runner;
        try {
            SuiteTargets.of(settings.target());
            runner = new SuiteRunner(settings, listener);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("replay: " + e.getMessage(), e);
        }
        SuiteResult result;
        try {
            result = runner.run();
        } catch (TargetStartException | SetupFailedException | RemoteLocationException e) {
            throw new MojoExecutionException("replay: " + e.getMessage(), e);
        }
        if (result.report() != null) {
            getLog().info("HTML report: " + result.report());
        }
        List<String> unreadable = result.outcomes().stream().filter(o -> o.unreadable() != null)
                .map(o -> o.bundle().name() + ": " + o.unreadable()).toList();
        if (!unreadable.isEmpty()) {
            throw new MojoExecutionException("replay: cannot read " + String.join("; ", unreadable));
        }
        return result;
    }

    /**
     * The regressions of every divergent bundle, one a line (bundle, step, kind, expected and actual), for a failure
     * message; the evidence files are in the log and the report, not repeated here.
     */
    static String divergences(SuiteResult result) {
        StringBuilder text = new StringBuilder();
        for (BundleOutcome outcome : result.outcomes()) {
            if (!outcome.clean() && outcome.report() != null) {
                outcome.report().regressions().forEach(d -> text.append("\n  ").append(outcome.bundle().name())
                        .append(": ").append(d.step() > 0 ? d.where() : "the recording").append(": ").append(d.kind())
                        .append(" — expected ").append(d.expected()).append(", was ").append(d.actual()));
                if (outcome.report().regressions().isEmpty() && outcome.report().result().error() != null) {
                    text.append("\n  ").append(outcome.bundle().name()).append(": ")
                            .append(outcome.report().result().error());
                }
            }
        }
        return text.toString();
    }
}
