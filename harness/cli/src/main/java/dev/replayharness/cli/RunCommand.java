package dev.replayharness.cli;

import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteResult;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code replay run BUNDLE --target ...}: one recording, every step printed as it runs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Replays what the user did in a recording against a build in Chromium, printing each step as "
                + "it is done, then judges it. Exit 0 no divergence, 1 divergence, 2 usage, 3 unreadable input, "
                + "4 the target did not start.")
final class RunCommand extends SuiteCommand {

    @Override
    boolean verbose() {
        return true;
    }

    @Override
    int exitCode(SuiteResult result) {
        return result.verifyExitCode();
    }

    @Override
    void summarise(SuiteResult result, PrintWriter out) {
        for (BundleOutcome outcome : result.outcomes()) {
            if (outcome.report() == null) {
                continue;
            }
            outcome.report().regressions().stream().findFirst().ifPresent(first -> out.println(
                    "first divergence: " + first.describe()));
            outcome.report().result().outcomes().stream().filter(o -> o.pictures().screenshot() != null).findFirst()
                    .ifPresent(o -> out.println("screenshots in " + o.pictures().screenshot().getParent()));
        }
    }
}
