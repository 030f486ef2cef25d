package dev.replayharness.cli;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.browser.RebuiltPage;
import dev.replayharness.dom.PageState;
import dev.replayharness.dom.Rebuild;
import dev.replayharness.dom.RebuiltHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code replay screenshot FILE... --at 12.5s -o page.png}. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Rebuilds the page at a moment of the recording in headless Chromium, with JavaScript off "
                + "and all network blocked unless allowed, and writes a PNG.")
final class ScreenshotCommand implements Callable<Integer> {

    @Mixin
    MomentOptions moment;

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
        int[] exit = {ReplayCli.OK};
        Optional<MomentOptions.Found> found = moment.locate("screenshot", spec.commandLine().getErr(), exit);
        if (found.isEmpty()) {
            return exit[0];
        }
        PageState page = found.get().page();
        RebuiltHtml html = Rebuild.of(page);
        NetworkPolicy policy;
        try {
            policy = NetworkPolicy.of(allowedOrigins, mappedOrigins);
        } catch (IllegalArgumentException bad) {
            spec.commandLine().getErr().println("replay screenshot: --map-origin: " + bad.getMessage());
            return ReplayCli.USAGE;
        }
        try (BrowserSession session = BrowserSession.launch();
             RebuiltPage rebuilt = RebuiltPage.render(session, html, policy)) {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.write(output, rebuilt.screenshot());
            out.printf("wrote %s: %dx%d, %s at %.1f s (%s), %d requests blocked, %d allowed%n", output,
                    html.viewportWidth(), html.viewportHeight(), page.url(), found.get().secondsIn(),
                    page.lastEvent().map(e -> "after event " + e.index()).orElse("no event"),
                    rebuilt.blockedRequests().size(), rebuilt.fetchedRequests().size());
        }
        out.flush();
        return ReplayCli.OK;
    }
}
