package dev.replayharness.cli;

import dev.replayharness.settings.Door;
import dev.replayharness.settings.Setting;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteResult;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code replay verify BUNDLE|DIR... --target ...}: the CI door. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Replays every recording against a build and judges it. Exit 0 no divergence, 1 divergence, "
                + "2 usage, 3 unreadable input, 4 the target did not start.")
final class VerifyCommand extends SuiteCommand {

    @Override
    List<Setting> acceptedSettings() {
        return Setting.of(Door.CLI);
    }

    @Override
    int exitCode(SuiteResult result) {
        return result.verifyExitCode();
    }

    @Override
    void summarise(SuiteResult result, PrintWriter out) {
        long clean = result.outcomes().stream().filter(BundleOutcome::clean).count();
        out.printf("%d of %d bundles replayed without regressions%s%n", clean, result.outcomes().size(),
                settings.shard() == null ? "" : " (shard " + settings.shard() + ")");
    }
}
