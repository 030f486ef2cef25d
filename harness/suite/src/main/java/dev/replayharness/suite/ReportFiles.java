package dev.replayharness.suite;

import dev.replayharness.allure.AllureReplayReporter;
import dev.replayharness.settings.ReplaySettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a suite's reports into the report folder: {@code junit/TEST-replay.xml}, {@code allure-results/},
 * {@code summary.json} and the HTML report {@code report.html}.
 */
final class ReportFiles {

    private ReportFiles() {
    }

    static SuiteResult write(ReplaySettings options, List<BundleOutcome> outcomes) {
        Path dir = options.reportDir();
        if (dir == null) {
            return new SuiteResult(outcomes, null, null);
        }
        JUnitXml.write(outcomes, dir.resolve("junit").resolve("TEST-replay.xml"));
        AllureReplayReporter allure = new AllureReplayReporter(dir.resolve("allure-results"));
        outcomes.stream().filter(o -> o.report() != null).forEach(o -> allure.write(o.report(), null));
        Path html = HtmlReportFile.write(outcomes, dir.resolve("report.html"), "Replay of " + outcomes.size()
                + " recording" + (outcomes.size() == 1 ? "" : "s") + " against " + options.target().describe()).file();
        SuiteResult result = new SuiteResult(outcomes, html, dir);
        try {
            Files.writeString(dir.resolve("summary.json"), JsonSummary.of(result, result.verifyExitCode()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("summary.json"), e);
        }
        return result;
    }
}
