package dev.replayharness.maven;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.settings.Shard;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CI goal, bound to {@code verify}: replays every recording under {@code bundles} against the target, writes
 * JUnit XML ({@code junit/TEST-replay.xml}), Allure results and {@code report.html} into {@code reportDir}, and fails
 * the build when a recording diverged, naming each bundle, step, kind and the expected and actual values. The CLI's
 * {@code replay verify}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyMojo extends SuiteMojo {

    /**
     * Folders searched for recordings (or recording files, or {@code s3://bucket/prefix/} and
     * {@code s3://bucket/key}); on the command line a comma list.
     */
    @Parameter(property = "replay.bundles", defaultValue = "${project.basedir}/src/test/replays")
    List<String> bundles = new ArrayList<>();

    /** Recordings replayed at once, each worker with its own browser. */
    @Parameter(property = "replay.jobs", defaultValue = "1")
    int jobs;

    /**
     * Only the K-th of N shards ({@code K/N}), by a hash of each bundle's name, so a bundle always lands on the same
     * shard.
     */
    @Parameter(property = "replay.shard")
    String shard;

    @Override
    protected void replay() throws MojoExecutionException, MojoFailureException {
        List<BundleLocation> locations = new ArrayList<>();
        for (String folder : bundles) {
            locations.add(location(folder, "replay.bundles"));
        }
        ReplaySettings settings = settings(locations);
        SuiteResult result = runSuite(settings, new LogProgress(getLog(), false));
        Shard slice = settings.shard();
        long clean = result.outcomes().stream().filter(BundleOutcome::clean).count();
        getLog().info("%d of %d bundles replayed without regressions%s".formatted(clean, result.outcomes().size(),
                slice == null ? "" : " (shard " + slice + ")"));
        if (result.verifyExitCode() != SuiteResult.OK) {
            throw new MojoFailureException("replay: %d of %d bundles diverged:%s%nsee %s".formatted(
                    result.outcomes().size() - clean, result.outcomes().size(), divergences(result),
                    result.report() != null ? result.report() : result.reportDir()));
        }
    }
}
