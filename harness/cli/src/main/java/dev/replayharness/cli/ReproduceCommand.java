package dev.replayharness.cli;

import dev.replayharness.compare.Reproduction;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteResult;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code replay reproduce BUNDLE --target ...}: does the user's bug happen on this build? */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
        description = "Replays a recording of a user hitting a bug and says whether the failures it recorded "
                + "(console errors, exceptions, failed requests) happen again on this build, and at which step. "
                + "Exit 0 reproduced, 1 not reproduced, 2 usage, 3 unreadable input, 4 the target did not start.")
final class ReproduceCommand extends SuiteCommand {

    @Override
    int exitCode(SuiteResult result) {
        return result.reproduceExitCode();
    }

    @Override
    void summarise(SuiteResult result, PrintWriter out) {
        for (BundleOutcome outcome : result.outcomes()) {
            if (outcome.reproduction() == null) {
                continue;
            }
            Reproduction reproduction = outcome.reproduction();
            if (reproduction.failures().isEmpty()) {
                out.println(outcome.bundle().name() + ": the recording holds no failure to reproduce");
                continue;
            }
            out.println(outcome.bundle().name() + ": " + (reproduction.reproduced() ? "REPRODUCED" : "NOT REPRODUCED")
                    + " on " + outcome.report().result().target());
            reproduction.failures().forEach(failure -> out.println("    " + failure.describe()));
        }
    }
}
