package dev.replayharness.cli;

import dev.replayharness.dom.PageState;
import dev.replayharness.dom.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code replay dom FILE... --at 12.5s [--window N] [--node ID] [--safe]}. */
@Command(name = "dom", mixinStandardHelpOptions = true,
        description = "Prints the page's HTML at a moment of the recording (all FILEs as one session).")
final class DomCommand implements Callable<Integer> {

    @Mixin
    MomentOptions moment;

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
        int[] exit = {ReplayCli.OK};
        Optional<MomentOptions.Found> found = moment.locate("dom", err, exit);
        if (found.isEmpty()) {
            return exit[0];
        }
        PageState page = found.get().page();
        if (node != null) {
            Optional<String> html = page.html(node);
            if (html.isEmpty()) {
                err.println("replay dom: node " + node + " is not in the page at that moment");
                return ReplayCli.USAGE;
            }
            out.println(html.get());
        } else {
            out.println(safe ? Rebuild.of(page).html() : page.html());
        }
        out.flush();
        return ReplayCli.OK;
    }
}
