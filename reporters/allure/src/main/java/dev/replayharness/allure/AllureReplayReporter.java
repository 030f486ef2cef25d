package dev.replayharness.allure;

import dev.replayharness.bundle.RecordingMetadata;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.compare.StepVerdict;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.StepOutcome;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a replay's verdict as Allure results: one test per recording (feature = the recording, story = its first
 * page), one step per replay step with its status and what diverged there, and as attachments the expected, actual
 * and diff pictures, the console, and the recording's summary. {@code allure generate} (or
 * {@code mvn allure:report}) turns the folder into the HTML report.
 */
public final class AllureReplayReporter {

    private final AllureLifecycle lifecycle;

    /** Results go to {@code resultsDir} (created if needed), e.g. {@code target/allure-results}. */
    public AllureReplayReporter(Path resultsDir) {
        try {
            Files.createDirectories(resultsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + resultsDir, e);
        }
        this.lifecycle = new AllureLifecycle(new FileSystemResultsWriter(resultsDir));
    }

    /** Writes one recording's test. {@code metadata} may be null. */
    public void write(ReplayReport report, RecordingMetadata metadata) {
        ReplayResult result = report.result();
        String uuid = UUID.randomUUID().toString();
        String firstUrl = result.journey() == null || result.journey().startUrl() == null ? "unknown"
                : result.journey().startUrl();
        List<Label> labels = new ArrayList<>(List.of(
                new Label().setName("feature").setValue(result.name()),
                new Label().setName("story").setValue(firstUrl),
                new Label().setName("suite").setValue("replay against " + result.target()),
                new Label().setName("framework").setValue("replay-harness")));
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName(result.name())
                .setFullName(result.name() + " against " + result.target()).setHistoryId(result.name())
                .setLabels(labels));
        lifecycle.startTestCase(uuid);
        if (metadata != null) {
            attachText("recording summary", metadata.toString());
        }
        for (StepOutcome outcome : result.outcomes()) {
            step(report, outcome);
        }
        List<Divergence> regressions = report.regressions();
        Status status = result.error() != null || !regressions.isEmpty() ? Status.FAILED : Status.PASSED;
        String message = result.error() != null ? result.error() : regressions.stream().map(Divergence::describe)
                .collect(Collectors.joining("\n"));
        lifecycle.updateTestCase(uuid, test -> test.setStatus(status)
                .setStatusDetails(new StatusDetails().setMessage(message)));
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);
    }

    private void step(ReplayReport report, StepOutcome outcome) {
        String stepUuid = UUID.randomUUID().toString();
        lifecycle.startStep(stepUuid, new StepResult().setName(outcome.step().describe()));
        List<Divergence> here = report.at(outcome.step().number());
        for (Divergence divergence : here) {
            if (divergence.kind() == Divergence.Kind.VISUAL_CHANGED && divergence.evidence().size() == 3) {
                attachImage("expected", divergence.evidence().get(0));
                attachImage("actual", divergence.evidence().get(1));
                attachImage("diff", divergence.evidence().get(2));
            }
        }
        if (here.stream().noneMatch(d -> d.kind() == Divergence.Kind.VISUAL_CHANGED)
                && outcome.pictures().screenshot() != null) {
            attachImage("after the step", outcome.pictures().screenshot());
        }
        if (!outcome.page().console().isEmpty() || !outcome.page().pageErrors().isEmpty()) {
            List<String> lines = new ArrayList<>(outcome.page().console().stream().map(Object::toString).toList());
            outcome.page().pageErrors().forEach(error -> lines.add("uncaught: " + error));
            attachText("console", String.join("\n", lines));
        }
        if (outcome.found().targetText() != null || outcome.found().regionText() != null) {
            attachText("target text", "target: " + outcome.found().targetText() + "\nregion: "
                    + outcome.found().regionText());
        }
        StepVerdict verdict = report.verdictOf(outcome);
        // Allure has no flaky status: a flaky step is skipped (as JUnit aborts it) and flagged flaky.
        Status status = switch (verdict) {
            case PASSED -> Status.PASSED;
            case FAILED -> Status.FAILED;
            case FLAKY, SKIPPED -> Status.SKIPPED;
        };
        String message = here.isEmpty() ? outcome.reason()
                : here.stream().map(Divergence::describe).collect(Collectors.joining("\n"));
        lifecycle.updateStep(stepUuid, step -> step.setStatus(status)
                .setStatusDetails(new StatusDetails().setMessage(message).setFlaky(verdict == StepVerdict.FLAKY)));
        lifecycle.stopStep(stepUuid);
    }

    private void attachImage(String name, Path file) {
        try {
            lifecycle.addAttachment(name, "image/png", "png", Files.readAllBytes(file));
        } catch (IOException e) {
            attachText(name + " (missing)", "could not read " + file + ": " + e.getMessage());
        }
    }

    private void attachText(String name, String text) {
        lifecycle.addAttachment(name, "text/plain", "txt", text.getBytes(StandardCharsets.UTF_8));
    }
}
