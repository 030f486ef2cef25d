package dev.replayharness.cli;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.browser.RebuiltPage;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.dom.DomMirror;
import dev.replayharness.dom.PageState;
import dev.replayharness.dom.Rebuild;
import dev.replayharness.dom.RebuiltHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code replay screenshot FILE... --at 12.5s -o page.png}. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Rebuilds the page at a moment of the recording in headless Chromium, with JavaScript off "
                + "and all network blocked unless allowed, and writes a PNG.")
final class ScreenshotCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Recording files of one session.")
    List<Path> files;

    @Option(names = "--at", paramLabel = "MOMENT", converter = Moment.Converter.class, defaultValue = "end",
            description = "12.5s or 1500ms after the window's first event, or end (default).")
    Moment at;

    @Option(names = "--window", paramLabel = "N", defaultValue = "0", description = "Window index (default 0).")
    int window;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PNG", description = "File to write.")
    Path output;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "Let the rebuilt page fetch from this origin (e.g. https://cdn.example.com). Repeatable.")
    Set<String> allowedOrigins = Set.of();

    @Option(names = "--map-origin", paramLabel = "RECORDED=LIVE",
            description = "Fetch the recorded origin's assets from another base URL instead. Repeatable.")
    Map<String, String> mappedOrigins = Map.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Recording recording = Bundles.openAll(files, ReadLimits.defaults(), TerminalProgress.forThisProcess())) {
            DomMirror mirror = DomMirror.of(recording);
            if (!mirror.windows().contains(window)) {
                err.println("replay screenshot: no window " + window + "; the recording has windows " + mirror.windows());
                return ReplayCli.USAGE;
            }
            long[] span = mirror.span(window);
            long moment = at.resolve(span[0], span[1]);
            PageState page = mirror.at(moment, window);
            if (!page.hasDocument()) {
                err.println("replay screenshot: no full snapshot before that moment: no page yet");
                return ReplayCli.UNREADABLE_INPUT;
            }
            RebuiltHtml html = Rebuild.of(page);
            NetworkPolicy policy = new NetworkPolicy(allowedOrigins, Map.of());
            for (Map.Entry<String, String> mapping : mappedOrigins.entrySet()) {
                policy = policy.mapping(mapping.getKey(), mapping.getValue());
            }
            try (BrowserSession session = BrowserSession.launch();
                 RebuiltPage rebuilt = RebuiltPage.render(session, html, policy)) {
                Path parent = output.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.write(output, rebuilt.screenshot());
                out.printf("wrote %s: %dx%d, %s at %.1f s (%s), %d requests blocked, %d allowed%n", output,
                        html.viewportWidth(), html.viewportHeight(), page.url(), (moment - span[0]) / 1000.0,
                        page.lastEvent().map(e -> "after event " + e.index()).orElse("no event"),
                        rebuilt.blockedRequests().size(), rebuilt.fetchedRequests().size());
            }
        }
        out.flush();
        return ReplayCli.OK;
    }
}
