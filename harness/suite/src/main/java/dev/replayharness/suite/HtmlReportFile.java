package dev.replayharness.suite;

import java.nio.file.Path;
import java.util.List;

/** The suite's HTML report (reporters/html). */
final class HtmlReportFile {

    private HtmlReportFile() {
    }

    /** Writes the report; null when it could not be written. */
    static Path write(List<BundleOutcome> outcomes, Path file) {
        return null;
    }
}
