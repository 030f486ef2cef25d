package dev.replayharness.cli;

import dev.replayharness.run.ClockMode;
import dev.replayharness.suite.Shard;
import dev.replayharness.suite.SuiteOptions;
import dev.replayharness.suite.SuiteParameters;
import dev.replayharness.suite.TargetSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The options {@code verify}, {@code reproduce} and {@code run} share, named as the Maven plugin's parameters are
 * ({@code --target} is {@code -Dreplay.target}, {@code --jobs} is {@code -Dreplay.jobs}, ...). They all end in one
 * {@link SuiteOptions}.
 */
final class SuiteArguments {

    @Option(names = "--target", paramLabel = "URL|DIR",
            description = "The build to replay against: a running app's base URL, or a build folder served on a free "
                    + "loopback port.")
    String target;

    @Option(names = "--spa", description = "With a build folder: answer unknown paths with index.html.")
    boolean spa;

    @Option(names = {"--target-cmd", "--target-command"}, paramLabel = "COMMAND",
            description = "A command that starts the app; {port} is replaced by a free port.")
    String command;

    @Option(names = {"--ready", "--target-url"}, paramLabel = "URL",
            description = "With --target-cmd: where the app answers once up (default: http://127.0.0.1:{port}/).")
    String ready;

    @Option(names = "--target-image", paramLabel = "IMAGE",
            description = "A container image that serves the app (needs a Docker engine).")
    String image;

    @Option(names = "--image-port", paramLabel = "PORT", defaultValue = "80",
            description = "With --target-image: the port the app listens on in the container (default: ${DEFAULT-VALUE}).")
    int imagePort;

    @Option(names = "--start-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long a command or container may take to answer (default: ${DEFAULT-VALUE}).")
    int startTimeoutSeconds;

    @Option(names = "--baseline-target", paramLabel = "URL|DIR",
            description = "Compare each step's picture with the same step on this build (side by side).")
    String baselineTarget;

    @Option(names = "--golden", description = "Compare pictures with golden images kept beside each bundle "
            + "(<bundle>-snapshots/), written on the first run.")
    boolean golden;

    @Option(names = "--update-snapshots", description = "Rewrite the golden images from this run (implies --golden).")
    boolean updateSnapshots;

    @Option(names = "--mask", paramLabel = "SELECTOR",
            description = "Leave elements matching this CSS selector out of picture comparisons. Repeatable.")
    List<String> masks = new ArrayList<>();

    @Option(names = "--max-visual-diff", paramLabel = "RATIO", defaultValue = "0.015",
            description = "The share of pixels a step's picture may differ (default: ${DEFAULT-VALUE}).")
    double maxVisualDiff;

    @Option(names = "--input", paramLabel = "FIELD=VALUE",
            description = "A value for a masked field, by its id, name, label or step:N. Repeatable.")
    Map<String, String> inputs = new HashMap<>();

    @Option(names = "--values", paramLabel = "FILE", description = "A properties file of FIELD=VALUE inputs.")
    Path valuesFile;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Let the replayed app reach this origin too (a CDN); every other origin is blocked.")
    Set<String> allowedOrigins = Set.of();

    @Option(names = "--step-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The longest a step waits for its target or page (default: ${DEFAULT-VALUE}).")
    int stepTimeoutSeconds;

    @Option(names = "--clock", paramLabel = "recorded|live", defaultValue = "recorded",
            converter = ClockModeConverter.class,
            description = "The page's time: 'recorded' starts it at the recording's (a date picker opens on the month "
                    + "the user saw), 'live' is this machine's (default: ${DEFAULT-VALUE}).")
    ClockMode clock;

    @Option(names = "--forbid-recorded-errors",
            description = "Fail while a failure the recording holds (console error, exception, failed request) "
                    + "still happens: the test a bug report becomes.")
    boolean forbidRecordedErrors;

    @Option(names = "--stop-at-first-divergence",
            description = "Stop a replay at its first failed step, and the run at its first divergent bundle.")
    boolean stopAtFirstDivergence;

    @Option(names = "--headed", description = "Show the browser (needs a display).")
    boolean headed;

    @Option(names = "--slow-mo", paramLabel = "MS", defaultValue = "0",
            description = "Wait this long before each browser action (default: ${DEFAULT-VALUE}).")
    int slowMo;

    @Option(names = {"-o", "--report-dir"}, paramLabel = "DIR", defaultValue = "target/replay-report",
            description = "Where the reports go: JUnit XML, Allure results, report.html, summary.json, pictures "
                    + "(default: ${DEFAULT-VALUE}).")
    Path reportDir;

    /** The suite these arguments describe. */
    SuiteOptions toOptions(List<Path> bundles, int jobs, Shard shard) {
        TargetSpec spec = new TargetSpec(target, spa, command, ready, image, imagePort,
                Duration.ofSeconds(startTimeoutSeconds));
        return new SuiteParameters(spec, baselineTarget, golden, updateSnapshots, masks, maxVisualDiff, values(),
                allowedOrigins, Duration.ofSeconds(stepTimeoutSeconds), clock, forbidRecordedErrors, stopAtFirstDivergence,
                headed, slowMo, reportDir).toOptions(bundles, jobs, shard);
    }

    /** {@code --clock} as typed, read by the one parser every front door shares. */
    static final class ClockModeConverter implements picocli.CommandLine.ITypeConverter<ClockMode> {
        @Override
        public ClockMode convert(String value) {
            try {
                return ClockMode.parse(value);
            } catch (IllegalArgumentException bad) {
                throw new picocli.CommandLine.TypeConversionException(bad.getMessage());
            }
        }
    }

    private Map<String, String> values() {
        Map<String, String> values = new HashMap<>();
        if (valuesFile != null) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(valuesFile)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + valuesFile, e);
            }
            properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
        }
        values.putAll(inputs);
        return values;
    }
}
