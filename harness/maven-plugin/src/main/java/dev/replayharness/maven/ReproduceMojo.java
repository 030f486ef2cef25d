package dev.replayharness.maven;

import dev.replayharness.compare.Reproduction;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code mvn replay:reproduce -Dreplay.bundle=... -Dreplay.target=...}: replays a recording of a user hitting a bug
 * and logs whether the failures it recorded (console errors, exceptions, failed requests) happen again, and at
 * which step. Fails the build when they do not, so a triage job can assert the bug is reproduced; with
 * {@code -Dreplay.expectReproduced=false} it fails when they do (the bug is not fixed yet). The CLI's
 * {@code replay reproduce}.
 */
@Mojo(name = "reproduce", requiresProject = false, aggregator = true, threadSafe = true)
public class ReproduceMojo extends SuiteMojo {

    /** The recording of the bug: a file (any supported format), a folder holding one, or an s3:// location. */
    @Parameter(property = "replay.bundle", required = true)
    String bundle;

    /** Whether the build expects the recorded failures to recur (true) or to be gone (false). */
    @Parameter(property = "replay.expectReproduced", defaultValue = "true")
    boolean expectReproduced;

    @Override
    protected void replay() throws MojoExecutionException, MojoFailureException {
        SuiteResult result = runSuite(settings(List.of(location(bundle, "replay.bundle"))),
                new LogProgress(getLog(), false));
        StringBuilder verdict = new StringBuilder();
        for (BundleOutcome outcome : result.outcomes()) {
            Reproduction reproduction = outcome.reproduction();
            String line = reproduction.failures().isEmpty()
                    ? outcome.bundle().name() + ": the recording holds no failure to reproduce"
                    : outcome.bundle().name() + ": " + (reproduction.reproduced() ? "REPRODUCED" : "NOT REPRODUCED")
                    + " on " + outcome.report().result().target();
            getLog().info(line);
            verdict.append("\n  ").append(line);
            reproduction.failures().forEach(failure -> {
                getLog().info("    " + failure.describe());
                verdict.append("\n    ").append(failure.describe());
            });
        }
        boolean reproduced = result.reproduceExitCode() == SuiteResult.OK;
        if (reproduced != expectReproduced) {
            throw new MojoFailureException("replay: " + (expectReproduced
                    ? "the recorded failures did not recur"
                    : "the recorded failures still recur (replay.expectReproduced=false)") + ":" + verdict);
        }
    }
}
