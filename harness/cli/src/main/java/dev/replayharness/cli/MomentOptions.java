package dev.replayharness.cli;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.journey.JourneyExtractor;
import dev.replayharness.journey.Step;
import dev.replayharness.dom.PageState;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/** The options of commands that look at one moment of a recording: the files, {@code --at} and {@code --window}. */
final class MomentOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recording files of one session (or "
            + "s3://bucket/key, s3://bucket/prefix/).")
    List<String> files;

    @Option(names = "--at", paramLabel = "MOMENT", converter = Moment.Converter.class, defaultValue = "end",
            description = "12.5s or 1500ms after the window's first event, step:N (once step N of the journey had its effect), or end (default).")
    Moment at;

    @Option(names = "--window", paramLabel = "N", defaultValue = "0", description = "Window index (default 0).")
    int window;

    /**
     * A page found at the chosen moment.
     *
     * @param page          the page
     * @param secondsIn     how far into the window's events the moment is
     */
    record Found(PageState page, double secondsIn) {
    }

    /**
     * Reads the recording and mirrors the chosen window at the chosen moment; on failure prints why to
     * {@code err} and returns the exit code instead.
     */
    Optional<Found> locate(String command, PrintWriter err, int[] exitCode) {
        try (Recording recording = Bundles.openAll(Recordings.files(files), ReadLimits.defaults(),
                TerminalProgress.forThisProcess())) {
            DomMirror mirror = DomMirror.of(recording);
            mirror.warnings().forEach(warning -> err.println("warning: " + warning));
            if (!mirror.windows().contains(window)) {
                err.println("replay " + command + ": no window " + window + "; the recording has windows "
                        + mirror.windows());
                exitCode[0] = ReplayCli.USAGE;
                return Optional.empty();
            }
            long[] span = mirror.span(window);
            long moment;
            if (at.step() != null) {
                List<Step> steps = JourneyExtractor.extract(recording).steps();
                if (at.step() > steps.size()) {
                    err.println("replay " + command + ": no step " + at.step() + "; the journey has " + steps.size()
                            + " steps");
                    exitCode[0] = ReplayCli.USAGE;
                    return Optional.empty();
                }
                Step step = steps.get(at.step() - 1);
                window = step.window();
                span = mirror.span(window);
                // Once the step had its effect: just before the next step in that window, or the window's end.
                moment = steps.stream().skip(at.step()).filter(next -> next.window() == step.window())
                        .map(next -> next.timestamp() - 1).findFirst().orElse(span[1]);
                err.println("at step " + at.step() + ": " + step.action().describe());
            } else {
                moment = at.resolve(span[0], span[1]);
            }
            PageState page = mirror.at(moment, window);
            if (!page.hasDocument()) {
                err.println("replay " + command + ": no full snapshot before that moment: no page yet");
                exitCode[0] = ReplayCli.UNREADABLE_INPUT;
                return Optional.empty();
            }
            return Optional.of(new Found(page, (moment - span[0]) / 1000.0));
        }
    }
}
