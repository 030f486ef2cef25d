package dev.replayharness.maven;

import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code mvn replay:run -Dreplay.bundle=... -Dreplay.target=...}: replays one recording for local debugging, logging
 * each step as it is done (add {@code -Dreplay.headed -Dreplay.slowMo=300} to watch it), then the first failing step
 * and the HTML report. The build fails when the replay diverged. The CLI's {@code replay run}.
 */
@Mojo(name = "run", requiresProject = false, aggregator = true, threadSafe = true)
public class RunMojo extends SuiteMojo {

    /** The recording: a file (any supported format), a folder holding one, or an s3:// location. */
    @Parameter(property = "replay.bundle", required = true)
    String bundle;

    @Override
    protected void replay() throws MojoExecutionException, MojoFailureException {
        SuiteResult result = runSuite(settings(List.of(location(bundle, "replay.bundle"))),
                new LogProgress(getLog(), true));
        for (BundleOutcome outcome : result.outcomes()) {
            // A step can pass (its target was found and clicked) and still diverge (its picture changed): say both.
            outcome.report().result().firstFailure()
                    .ifPresent(failed -> getLog().warn("first failing step: " + failed.summary()));
            outcome.report().regressions().stream().findFirst()
                    .ifPresent(first -> getLog().warn("first divergence: " + first.describe()));
        }
        if (result.verifyExitCode() != SuiteResult.OK) {
            throw new MojoFailureException("replay: the replay diverged from the recording:" + divergences(result)
                    + (result.report() == null ? "" : "\nsee " + result.report()));
        }
    }
}
