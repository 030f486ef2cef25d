package dev.replayharness.maven;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.settings.Shard;
import dev.replayharness.suite.SuiteListener;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The goals' parameters read as the shared settings, and the errors they give (no browser). */
class SuiteMojoTest {

    @TempDir
    Path project;

    /** A mojo as Maven leaves it before any -D: the parameters' default values. */
    private VerifyMojo mojo() {
        VerifyMojo mojo = new VerifyMojo();
        mojo.baseDir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.imagePort = 80;
        mojo.startTimeout = 60;
        mojo.maxVisualDiff = 0.015;
        mojo.stepTimeout = 10;
        mojo.jobs = 1;
        mojo.clock = "recorded";
        mojo.bundles = List.of("src/test/replays");
        return mojo;
    }

    @Test
    void everyParameterEndsInTheSettingsUnderItsCliMeaning() throws Exception {
        Files.createDirectories(project.resolve("dist"));
        Files.writeString(project.resolve("values.properties"), "email=from-file@example.com\nname=Ann\n");
        VerifyMojo mojo = mojo();
        mojo.target = "dist";
        mojo.spa = true;
        mojo.baselineTarget = "http://127.0.0.1:9000/";
        mojo.updateSnapshots = true;
        mojo.mask = List.of(".clock", "#ad");
        mojo.maxVisualDiff = 0.05;
        mojo.values = new File("values.properties");
        mojo.input = List.of("email=ann@example.com", "step:4=a=b");
        mojo.allowOrigin = List.of("https://cdn.example.com");
        mojo.stepTimeout = 3;
        mojo.startTimeout = 20;
        mojo.forbidRecordedErrors = true;
        mojo.stopAtFirstDivergence = true;
        mojo.slowMo = 250;
        mojo.clock = "live";
        mojo.jobs = 2;
        mojo.shard = "1/2";

        ReplaySettings options = mojo.settings(List.of(BundleLocation.of(project)));

        assertThat(options.target().target()).isEqualTo(project.resolve("dist").toString());
        assertThat(options.target().spa()).isTrue();
        assertThat(options.target().startTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(options.baselineTarget().target()).isEqualTo("http://127.0.0.1:9000/");
        assertThat(options.golden()).as("update-snapshots implies golden").isTrue();
        assertThat(options.updateSnapshots()).isTrue();
        assertThat(options.replay().maskSelectors()).containsExactly(".clock", "#ad");
        assertThat(options.compare().maxVisualRatio()).isEqualTo(0.05);
        assertThat(options.replay().inputs().values()).isEqualTo(Map.of("email", "ann@example.com", "name", "Ann",
                "step:4", "a=b"));
        assertThat(options.replay().allowedOrigins()).isEqualTo(Set.of("https://cdn.example.com"));
        assertThat(options.replay().stepTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.forbidRecordedErrors()).isTrue();
        assertThat(options.stopAtFirstDivergence()).isTrue();
        assertThat(options.browser().slowMoMillis()).isEqualTo(250);
        assertThat(options.replay().conditions().clock()).isEqualTo(dev.replayharness.conditions.ClockMode.LIVE);
        assertThat(options.jobs()).isEqualTo(2);
        assertThat(options.shard()).isEqualTo(new Shard(1, 2));
        assertThat(options.reportDir()).isEqualTo(project.resolve("target/replay-report"));
        assertThat(options.replay().outputDir()).isEqualTo(project.resolve("target/replay-report/steps"));
    }

    @Test
    void aCommandTargetIsKeptAsWrittenAndTheReportFolderCanMove() throws Exception {
        VerifyMojo mojo = mojo();
        mojo.targetCmd = "npm run preview -- --port {port}";
        mojo.ready = "http://127.0.0.1:{port}/health";
        mojo.reportDir = new File("reports");

        ReplaySettings options = mojo.settings(List.of(BundleLocation.of(project)));

        assertThat(options.target().targetCmd()).isEqualTo("npm run preview -- --port {port}");
        assertThat(options.target().ready()).isEqualTo("http://127.0.0.1:{port}/health");
        assertThat(options.target().target()).isNull();
        assertThat(options.reportDir()).isEqualTo(project.resolve("reports"));
    }

    @Test
    void withoutAPomTheReportsGoUnderTargetOfTheCurrentFolder() throws Exception {
        VerifyMojo mojo = mojo();
        mojo.target = "http://127.0.0.1:8080/";
        mojo.buildDirectory = new File("${project.basedir}/target");

        assertThat(mojo.settings(List.of(BundleLocation.of(project))).reportDir())
                .isEqualTo(project.resolve("target/replay-report"));
    }

    @Test
    void usageErrorsStopTheBuildWithTheReasonBeforeAnyBrowserStarts() throws Exception {
        VerifyMojo none = mojo();
        assertThatThrownBy(() -> none.runSuite(none.settings(List.of(BundleLocation.of(project))),
                SuiteListener.NONE))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("give exactly one of target");

        VerifyMojo badClock = mojo();
        badClock.target = "http://127.0.0.1:8080/";
        badClock.clock = "frozen";
        assertThatThrownBy(() -> badClock.settings(List.of(BundleLocation.of(project))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("replay.clock: clock 'frozen' is not one of recorded, live");

        VerifyMojo badInput = mojo();
        badInput.target = "http://127.0.0.1:8080/";
        badInput.input = List.of("no-equals-sign");
        assertThatThrownBy(() -> badInput.settings(List.of(BundleLocation.of(project))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("replay.input: expected FIELD=VALUE, was 'no-equals-sign'");

        VerifyMojo badRatio = mojo();
        badRatio.target = "http://127.0.0.1:8080/";
        badRatio.maxVisualDiff = 1.5;
        assertThatThrownBy(() -> badRatio.settings(List.of(BundleLocation.of(project))))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("replay.maxVisualDiff: expected a share from 0 to 1");

        VerifyMojo missing = mojo();
        assertThatThrownBy(() -> missing.location("src/test/replays", "replay.bundles"))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("no such file or folder: " + project.resolve("src/test/replays"));
        // an S3 location is kept as typed, not made a path under the project (Path.of would collapse its //)
        assertThat(missing.location("s3://replays/ci/", "replay.bundles"))
                .isEqualTo(new BundleLocation.Remote("s3", "s3://replays/ci/"));
    }

    @Test
    void theOldNamesStillWorkWithAWarning() throws Exception {
        List<String> warnings = new java.util.ArrayList<>();
        VerifyMojo mojo = mojo();
        mojo.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void warn(CharSequence content) {
                warnings.add(content.toString());
            }
        });
        mojo.target = "http://127.0.0.1:8080/";
        mojo.inputs = List.of("email=old@example.com");
        mojo.allowOrigins = List.of("https://old.example.com");

        ReplaySettings options = mojo.settings(List.of(BundleLocation.of(project)));

        assertThat(options.replay().inputs().values()).isEqualTo(Map.of("email", "old@example.com"));
        assertThat(options.replay().allowedOrigins()).containsExactly("https://old.example.com");
        assertThat(warnings).containsExactly(
                "replay.inputs is deprecated and will be removed in the next release; use replay.input",
                "replay.allowOrigins is deprecated and will be removed in the next release; use replay.allowOrigin");
    }
}
