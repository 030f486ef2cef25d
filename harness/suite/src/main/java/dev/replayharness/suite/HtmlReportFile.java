package dev.replayharness.suite;

import dev.replayharness.bundle.BundleRef;
import com.fasterxml.jackson.databind.JsonNode;
import dev.replayharness.bundle.BundleException;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.html.HtmlReport;

import java.nio.file.Path;
import java.util.List;

/** The suite's HTML report: every replayed bundle with its verdict and an offline player of its recording. */
final class HtmlReportFile {

    private HtmlReportFile() {
    }

    static HtmlReport.Written write(List<BundleOutcome> outcomes, Path file, String title) {
        HtmlReport.Builder report = HtmlReport.builder().title(title);
        for (BundleOutcome outcome : outcomes) {
            if (outcome.report() != null) {
                report.add(outcome.report(), events(outcome.bundle()));
            }
        }
        return report.write(file);
    }

    /** The recording's events for the player, read again (they are not kept in memory while the suite runs). */
    private static List<JsonNode> events(BundleRef bundle) {
        try (Recording recording = Bundles.openAll(bundle.files(), ReadLimits.defaults())) {
            return HtmlReport.playerEvents(recording);
        } catch (BundleException unreadable) {
            return null; // it was read for the replay; a later failure only costs the player
        }
    }
}
