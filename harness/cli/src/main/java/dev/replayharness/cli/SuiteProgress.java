package dev.replayharness.cli;

import dev.replayharness.bundle.BundleRef;
import dev.replayharness.compare.Divergence;
import dev.replayharness.run.StepFailure;
import dev.replayharness.run.StepOutcome;
import dev.replayharness.suite.BundleOutcome;
import dev.replayharness.suite.SuiteListener;

import java.io.PrintWriter;
import java.util.List;

/**
 * A suite's progress as it runs: on a terminal, one bar over bundles and steps redrawn in place; elsewhere (CI
 * logs, pipes) plain lines, one per bundle, and with {@code verbose} one per step.
 */
final class SuiteProgress implements SuiteListener {

    private final PrintWriter out;
    private final boolean terminal;
    private final boolean verbose;
    private int total;
    private int done;
    private int steps;
    private String current = "";

    SuiteProgress(PrintWriter out, boolean terminal, boolean verbose) {
        this.out = out;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    /** A bar when standard output is a terminal (and not dumb), plain lines otherwise. */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public synchronized void planned(List<BundleRef> bundles) {
        total = bundles.size();
        if (!terminal) {
            out.printf("replaying %d bundle%s%n", total, total == 1 ? "" : "s");
            out.flush();
        }
    }

    @Override
    public synchronized void bundleStarted(BundleRef bundle) {
        current = bundle.name();
        if (verbose && !terminal) {
            out.println(bundle.name());
            out.flush();
        }
        bar();
    }

    @Override
    public synchronized void stepDone(BundleRef bundle, StepOutcome outcome) {
        steps++;
        current = bundle.name() + " step " + outcome.step().number();
        if (verbose) {
            clearBar();
            out.println("  " + outcome.summary());
            if (outcome.failure() instanceof StepFailure.NeedsInput needs) {
                out.println("      give it with --input " + needs.suggestedKey() + "=VALUE (or in a --values file)");
            }
            outcome.page().pageErrors().forEach(error -> out.println("      page error: "
                    + error.lines().findFirst().orElse("")));
            outcome.page().failedRequests().forEach(request -> out.println("      failed request: " + request));
            out.flush();
        }
        bar();
    }

    private static final java.util.Set<Divergence.Kind> STANDING_IN_THE_WAY = java.util.EnumSet.of(
            Divergence.Kind.DATA_DEPENDENT, Divergence.Kind.NEEDS_INPUT);

    @Override
    public synchronized void bundleDone(BundleOutcome outcome) {
        done++;
        clearBar();
        out.println(outcome.summaryLine());
        if (outcome.report() != null) {
            for (Divergence divergence : outcome.report().regressions()) {
                out.println("    " + divergence.describe());
            }
            // Warnings that say what stands in the way of replaying the user's journey, not of the build.
            List<Divergence> warnings = outcome.report().divergences().stream()
                    .filter(d -> d.severity() == Divergence.Severity.WARNING).toList();
            warnings.stream().filter(d -> STANDING_IN_THE_WAY.contains(d.kind()))
                    .forEach(d -> out.println("    " + d.describe()));
            long others = warnings.stream().filter(d -> !STANDING_IN_THE_WAY.contains(d.kind())).count();
            if (others > 0) {
                out.println("    and " + others + " more warning" + (others == 1 ? "" : "s") + " in the report");
            }
        }
        out.flush();
        bar();
    }

    private void bar() {
        if (!terminal || total == 0) {
            return;
        }
        int filled = 30 * done / total;
        String text = "[%s%s] %d/%d bundles, %d steps  %s".formatted("#".repeat(filled), " ".repeat(30 - filled),
                done, total, steps, current);
        out.print("\r" + (text.length() > 118 ? text.substring(0, 118) : text) + "\u001b[K");
        out.flush();
    }

    private void clearBar() {
        if (terminal) {
            out.print("\r\u001b[K");
        }
    }

    /** Ends the bar's line. */
    synchronized void finish() {
        clearBar();
        out.flush();
    }
}
