package dev.replayharness.maven;

import dev.replayharness.bundle.BundleRef;
import dev.replayharness.compare.Divergence;
import dev.replayharness.run.StepFailure;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.settings.Setting;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteListener;
import org.apache.maven.plugin.logging.Log;

import java.util.List;

/**
 * A suite's progress in the Maven log: a line per bundle with its regressions, and with {@code steps} a line per
 * step as it is done. Maven's log has no terminal to redraw, so unlike the CLI there is no progress bar.
 */
final class LogProgress implements SuiteListener {

    private final Log log;
    private final boolean steps;

    LogProgress(Log log, boolean steps) {
        this.log = log;
        this.steps = steps;
    }

    @Override
    public synchronized void planned(List<BundleRef> bundles) {
        log.info("replaying " + bundles.size() + " bundle" + (bundles.size() == 1 ? "" : "s"));
    }

    @Override
    public synchronized void bundleStarted(BundleRef bundle) {
        if (steps) {
            log.info(bundle.name());
        }
    }

    @Override
    public synchronized void stepDone(BundleRef bundle, StepOutcome outcome) {
        if (!steps) {
            return;
        }
        String line = "  " + outcome.summary();
        if (outcome.status() == StepOutcome.Status.FAILED) {
            log.warn(line);
        } else {
            log.info(line);
        }
        if (outcome.failure() instanceof StepFailure.NeedsInput needs) {
            log.warn("      give it with -D" + Setting.INPUT.property() + "=" + needs.suggestedKey() + "=VALUE (or <"
                    + Setting.INPUT.camelName() + "><param>" + needs.suggestedKey() + "=VALUE</param></"
                    + Setting.INPUT.camelName() + ">)");
        }
        outcome.page().pageErrors().forEach(error -> log.warn("      page error: "
                + error.lines().findFirst().orElse("")));
        outcome.page().failedRequests().forEach(request -> log.warn("      failed request: " + request));
    }

    @Override
    public synchronized void bundleDone(BundleOutcome outcome) {
        if (outcome.clean()) {
            log.info(outcome.summaryLine());
            return;
        }
        log.error(outcome.summaryLine());
        if (outcome.report() != null) {
            for (Divergence divergence : outcome.report().regressions()) {
                log.error("    " + divergence.describe());
            }
        }
    }
}
