package dev.replayharness.cli;

import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.dom.PageState;
import dev.replayharness.dom.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code replay dom FILE... --at 12.5s [--window N] [--node ID] [--safe]}. */
@Command(name = "dom", mixinStandardHelpOptions = true,
        description = "Prints the page's HTML at a moment of the recording (all FILEs as one session).")
final class DomCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recording files of one session.")
    List<Path> files;

    @Option(names = "--at", paramLabel = "MOMENT", converter = Moment.Converter.class, defaultValue = "end",
            description = "12.5s or 1500ms after the window's first event, or end (default).")
    Moment at;

    @Option(names = "--window", paramLabel = "N", defaultValue = "0", description = "Window index (default 0).")
    int window;

    @Option(names = "--node", paramLabel = "ID", description = "Print only this node's subtree.")
    Integer node;

    @Option(names = "--safe", description = "Print the rebuilt HTML that runs nothing, as rendered for screenshots.")
    boolean safe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults(), TerminalProgress.forThisProcess())) {
            DomMirror mirror = DomMirror.of(recording);
            if (!mirror.windows().contains(window)) {
                err.println("replay dom: no window " + window + "; the recording has windows " + mirror.windows());
                return ReplayCli.USAGE;
            }
            long[] span = mirror.span(window);
            PageState page = mirror.at(at.resolve(span[0], span[1]), window);
            mirror.warnings().forEach(warning -> err.println("warning: " + warning));
            if (!page.hasDocument()) {
                err.println("replay dom: no full snapshot before that moment: no page yet");
                return ReplayCli.UNREADABLE_INPUT;
            }
            if (node != null) {
                String html = page.html(node).orElse(null);
                if (html == null) {
                    err.println("replay dom: node " + node + " is not in the page at that moment");
                    return ReplayCli.USAGE;
                }
                out.println(html);
            } else {
                out.println(safe ? Rebuild.of(page).html() : page.html());
            }
        }
        out.flush();
        return ReplayCli.OK;
    }
}
