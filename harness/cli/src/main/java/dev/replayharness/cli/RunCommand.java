package dev.replayharness.cli;

import dev.replayharness.bundle.BundleException;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ReplayRunner;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.target.CommandTarget;
import dev.replayharness.target.ContainerTarget;
import dev.replayharness.target.StaticDirTarget;
import dev.replayharness.target.Target;
import dev.replayharness.target.UrlTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code replay run FILE... --target URL|DIR} or {@code --target-command "..."}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Replays what the user did in a recording against a target build in headless Chromium and "
                + "prints each step's outcome. Exit 0 when every step passed, 1 when one failed or was skipped.")
final class RunCommand implements Callable<Integer> {

    static final int STEPS_FAILED = 1;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recording files of one session.")
    List<Path> files;

    @Option(names = "--target", paramLabel = "URL|DIR",
            description = "A running app's base URL, or a build folder to serve on a free loopback port.")
    String target;

    @Option(names = "--spa", description = "With a build folder: answer unknown paths with index.html.")
    boolean spa;

    @Option(names = "--target-command", paramLabel = "COMMAND",
            description = "A command that starts the app; {port} is replaced by a free port.")
    String command;

    @Option(names = "--target-image", paramLabel = "IMAGE",
            description = "A container image that serves the app (needs a Docker engine).")
    String image;

    @Option(names = "--image-port", paramLabel = "PORT", defaultValue = "80",
            description = "With --target-image: the port the app listens on in the container (default: ${DEFAULT-VALUE}).")
    int imagePort;

    @Option(names = "--ready-path", paramLabel = "PATH", defaultValue = "/",
            description = "With --target-image: the path that answers once the app is up (default: ${DEFAULT-VALUE}).")
    String readyPath;

    @Option(names = "--target-url", paramLabel = "URL", defaultValue = "http://127.0.0.1:{port}/",
            description = "With --target-command: where the app answers (default: ${DEFAULT-VALUE}).")
    String commandUrl;

    @Option(names = "--start-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --target-command: how long the app may take to answer (default: ${DEFAULT-VALUE}).")
    int startTimeoutSeconds;

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

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "target/replay",
            description = "Where the screenshots after each step go (default: ${DEFAULT-VALUE}).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((target != null ? 1 : 0) + (command != null ? 1 : 0) + (image != null ? 1 : 0) != 1) {
            err.println("replay run: give exactly one of --target URL|DIR, --target-command COMMAND and "
                    + "--target-image IMAGE");
            err.flush();
            return ReplayCli.USAGE;
        }
        Map<String, String> values = new HashMap<>();
        if (valuesFile != null) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(valuesFile)) {
                properties.load(reader);
            }
            properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
        }
        values.putAll(inputs);
        ReplayOptions options = new ReplayOptions(Duration.ofSeconds(stepTimeoutSeconds), Duration.ofSeconds(3),
                output, values, allowedOrigins, false, 2000);
        String name = files.get(0).getFileName().toString();
        ReplayResult result;
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults(), TerminalProgress.forThisProcess());
             ReplayRunner runner = ReplayRunner.launch(options)) {
            result = runner.run(name, recording, target());
        } catch (BundleException e) {
            err.println("replay run: " + e.getMessage());
            err.flush();
            return ReplayCli.UNREADABLE_INPUT;
        }
        out.printf("replay of %s against %s%n", name, result.target());
        if (result.error() != null) {
            out.println("  " + result.error());
        }
        for (StepOutcome outcome : result.outcomes()) {
            out.println("  " + outcome.summary());
            outcome.pageErrors().forEach(error -> out.println("      page error: " + error));
            outcome.failedRequests().forEach(request -> out.println("      failed request: " + request));
            outcome.notes().forEach(note -> out.println("      note: " + note));
        }
        long passed = result.outcomes().stream().filter(o -> o.status() == StepOutcome.Status.PASSED).count();
        out.printf("%d of %d steps passed in %.1f s; screenshots in %s%n", passed, result.outcomes().size(),
                result.durationMillis() / 1000.0, output.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-")));
        out.flush();
        return result.passed() ? ReplayCli.OK : STEPS_FAILED;
    }

    private Target target() {
        if (image != null) {
            return new ContainerTarget(image, imagePort, readyPath, Map.of(), Duration.ofSeconds(startTimeoutSeconds));
        }
        if (command != null) {
            return new CommandTarget(List.of("sh", "-c", command), null, commandUrl, null,
                    Duration.ofSeconds(startTimeoutSeconds));
        }
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return new UrlTarget(URI.create(target));
        }
        return new StaticDirTarget(Path.of(target), spa);
    }
}
