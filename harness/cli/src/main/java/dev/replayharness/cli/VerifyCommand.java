package dev.replayharness.cli;

import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.Shard;
import dev.replayharness.suite.SuiteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code replay verify BUNDLE|DIR... --target ...}: the CI door. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Replays every recording against a build and judges it. Exit 0 no divergence, 1 divergence, "
                + "2 usage, 3 unreadable input, 4 the target did not start.")
final class VerifyCommand extends SuiteCommand {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
            description = "Recordings replayed at once, each worker with its own browser (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Only the K-th of N shards (by a hash of the bundle's name, so a bundle always lands on "
                    + "the same shard).")
    String shard;

    @Override
    int jobs() {
        return jobs;
    }

    @Override
    Shard shard() {
        return shard == null ? null : Shard.parse(shard);
    }

    @Override
    int exitCode(SuiteResult result) {
        return result.verifyExitCode();
    }

    @Override
    void summarise(SuiteResult result, PrintWriter out) {
        long clean = result.outcomes().stream().filter(BundleOutcome::clean).count();
        out.printf("%d of %d bundles replayed without regressions%s%n", clean, result.outcomes().size(),
                shard == null ? "" : " (shard " + shard + ")");
    }
}
