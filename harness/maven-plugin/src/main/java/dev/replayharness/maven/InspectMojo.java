package dev.replayharness.maven;

import dev.replayharness.bundle.BundleException;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.bundle.BundleFinder;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.RemoteLocationException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * {@code mvn replay:inspect -Dreplay.bundle=...}: logs what a recording holds (format, session, timing, pages, event
 * counts, interactions, console errors, requests, warnings); a folder is searched for recordings, as
 * {@code replay:verify} would. Fails with the reason when a recording cannot be read. The CLI's
 * {@code replay inspect}.
 */
@Mojo(name = "inspect", requiresProject = false, aggregator = true, threadSafe = true)
public class InspectMojo extends ReplayMojo {

    /** The recording: a file (any supported format), a folder searched for recordings, or an s3:// location. */
    @Parameter(property = "replay.bundle", required = true)
    String bundle;

    @Override
    protected void replay() throws MojoExecutionException {
        List<BundleRef> found;
        try {
            found = BundleFinder.findAt(List.of(location(bundle, "replay.bundle")));
        } catch (RemoteLocationException e) {
            throw new MojoExecutionException("replay: " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            getLog().warn("replay: no recording found in " + bundle);
        }
        for (BundleRef ref : found) {
            try (Recording recording = Bundles.openAll(ref.files(), ReadLimits.defaults())) {
                getLog().info(ref.name());
                recording.metadata().describe().forEach(getLog()::info);
            } catch (BundleException e) {
                throw new MojoExecutionException("replay: " + e.getMessage(), e);
            }
        }
    }
}
