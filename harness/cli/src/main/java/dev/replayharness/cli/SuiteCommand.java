package dev.replayharness.cli;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.bundle.RemoteLocationException;
import dev.replayharness.settings.Door;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.settings.Setting;
import dev.replayharness.suite.JsonSummary;
import dev.replayharness.suite.SuiteListener;
import dev.replayharness.suite.SuiteResult;
import dev.replayharness.suite.SuiteRunner;
import dev.replayharness.suite.SuiteTargets;
import dev.replayharness.suite.TargetStartException;
import dev.replayharness.verify.SetupFailedException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What {@code verify}, {@code reproduce} and {@code run} share: the bundles, the settings, running the suite,
 * the exit codes (0 as hoped, 1 diverged / not reproduced, 2 usage, 3 unreadable input, 4 target did not start)
 * and the {@code --json} summary.
 */
abstract class SuiteCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "BUNDLE|DIR",
            description = "Recordings: files (any supported format) or folders searched for them; "
                    + "s3://bucket/key or s3://bucket/prefix/ (every recording under it) likewise.")
    List<String> bundles;

    @Option(names = "--json", description = "Print a JSON summary on standard output (progress goes to standard error).")
    boolean json;

    @Option(names = "--list", description = "Only list the bundles this run would replay (after --shard), one a line.")
    boolean list;

    @Spec
    CommandSpec spec;

    /** The settings given, once read. */
    ReplaySettings settings;

    /** The shared settings this command takes as options: all but those that spread a suite over workers. */
    List<Setting> acceptedSettings() {
        return Setting.of(Door.CLI).stream().filter(s -> s != Setting.JOBS && s != Setting.SHARD).toList();
    }

    /** Every step printed as it is done. */
    boolean verbose() {
        return false;
    }

    /** The command's exit code for a finished suite. */
    abstract int exitCode(SuiteResult result);

    /** What the command prints once the suite is done (without --json). */
    abstract void summarise(SuiteResult result, PrintWriter out);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.name();
        for (String bundle : bundles) {
            if (BundleLocation.parse(bundle) instanceof BundleLocation.Local local && !Files.exists(local.path())) {
                err.println("replay " + name + ": no such file or folder: " + bundle);
                err.flush();
                return SuiteResult.UNREADABLE_INPUT;
            }
        }
        SuiteRunner runner;
        SuiteProgress progress;
        try {
            settings = ReplaySettings.read(Door.CLI, SettingOptions.lookup(spec, bundles), Path.of(""),
                    warning -> err.println("replay " + name + ": warning: " + warning));
            if (list) {
                new SuiteRunner(settings, SuiteListener.NONE).plannedBundles().forEach(b -> out.println(b.name()));
                out.flush();
                return SuiteResult.OK;
            }
            SuiteTargets.of(settings.target());
            progress = new SuiteProgress(json ? err : out, SuiteProgress.onTerminal(), verbose());
            runner = new SuiteRunner(settings, progress);
        } catch (RemoteLocationException e) {
            return unreadable(err, e);
        } catch (IllegalArgumentException e) {
            err.println("replay " + name + ": " + e.getMessage());
            err.flush();
            return SuiteResult.USAGE;
        }
        SuiteResult result;
        try {
            result = runner.run();
        } catch (RemoteLocationException e) {
            progress.finish();
            return unreadable(err, e);
        } catch (TargetStartException | SetupFailedException e) {
            progress.finish();
            err.println("replay " + name + ": " + e.getMessage());
            err.flush();
            return SuiteResult.TARGET_FAILED;
        }
        progress.finish();
        int code = exitCode(result);
        if (json) {
            out.println(JsonSummary.of(result, code));
        } else {
            summarise(result, out);
            if (result.reportDir() != null) {
                out.println("reports in " + result.reportDir() + (result.report() != null ? "; open " + result.report() : ""));
            }
        }
        out.flush();
        return code;
    }

    /** A remote location that cannot be read: the message names it and the fix. */
    private int unreadable(PrintWriter err, RemoteLocationException e) {
        err.println("replay " + spec.name() + ": " + e.getMessage());
        err.flush();
        return SuiteResult.UNREADABLE_INPUT;
    }
}
