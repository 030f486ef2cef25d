package dev.replayharness.maven;

import dev.replayharness.bundle.BundleLocation;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every {@code replay:} goal shares: {@code -Dreplay.skip}, and paths read relative to the project's folder
 * (so {@code -Dreplay.bundle=...} means the same from the command line as in the POM).
 */
public abstract class ReplayMojo extends AbstractMojo {

    /** Skips the goal, e.g. {@code -Dreplay.skip} on a quick local build. */
    @Parameter(property = "replay.skip", defaultValue = "false")
    boolean skip;

    /** The project's folder; relative paths start here (at the current folder when the goal runs without a POM). */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File baseDir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("replay: skipped (replay.skip)");
            return;
        }
        replay();
    }

    /** The goal's work, unless skipped. */
    protected abstract void replay() throws MojoExecutionException, MojoFailureException;

    /** The folder relative paths start from: the project's, or the current one without a POM. */
    protected Path baseFolder() {
        return baseDir != null ? baseDir.toPath() : Path.of("").toAbsolutePath();
    }

    /** A path as the user wrote it, relative to the project's folder unless absolute. */
    protected Path resolve(String path) {
        return baseFolder().resolve(path).normalize();
    }

    /**
     * Recordings as the user named them: an {@code s3://} URL as given, a path relative to the project's folder
     * unless absolute, which must exist.
     */
    protected BundleLocation location(String text, String parameter) throws MojoExecutionException {
        if (text == null || text.isBlank()) {
            throw new MojoExecutionException("replay: give " + parameter + " (-D" + parameter + "=...)");
        }
        BundleLocation location = BundleLocation.parse(text, baseFolder());
        if (location instanceof BundleLocation.Local local && !Files.exists(local.path())) {
            throw new MojoExecutionException("replay: no such file or folder: " + local.path() + " (" + parameter
                    + ")");
        }
        return location;
    }
}
