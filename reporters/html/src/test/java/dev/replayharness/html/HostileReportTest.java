package dev.replayharness.html;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.StaticDirTarget;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.verify.RegressionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page full of scripts, handlers and {@code javascript:} links, recorded with the real rrweb and replayed
 * against a copy whose texts and console carry markup, written as a report and opened in Chromium: the report
 * works (summary, player, replayer iframe showing the recorded page) and nothing recorded runs.
 */
@BrowserTest
class HostileReportTest {

    private static final String PAYLOAD = "<script>alert(1)</script>";

    /** Every payload tries to reach the report: a flag on the top window, its title, a binding, a dialog. */
    private static final String PWN = "window.top.__pwned = '%1$s'; window.top.document.title = 'pwned'; "
            + "if (window.top.__pwnedCall) window.top.__pwnedCall('%1$s'); alert('%1$s')";

    private static final String START_RECORDING = """
            ;(function () {
              if (window.top !== window || !/^https?:$/.test(location.protocol)) return;
              rrweb.record({ emit: function (event) { window.__emit(JSON.stringify(event)); }, inlineStylesheet: true });
            })();
            """;

    @TempDir
    Path tmp;

    @Test
    void nothingRecordedRunsInTheReportWhileTheReportWorks() throws Exception {
        Path recordedSite = site("recorded", "Buy " + attr(PAYLOAD));
        Path replayedSite = site("replayed", "Buy now " + attr("\"><img src=x onerror=alert(1)>"));
        Path reportFile = tmp.resolve("hostile.html");
        try (BrowserSession session = BrowserSession.launch()) {
            Path events = record(session, recordedSite);
            ReplayReport report;
            HtmlReport.Written written;
            try (Recording recording = Bundles.open(events)) {
                report = new RegressionCheck(session, ReplayOptions.defaults().withOutputDir(tmp.resolve("replay")),
                        CompareOptions.defaults()).check("hostile " + PAYLOAD, recording,
                        new StaticDirTarget(replayedSite, false));
                written = HtmlReport.builder().title("report " + PAYLOAD)
                        .add(report, HtmlReport.playerEvents(recording)).write(reportFile);
            }
            System.out.println(written);
            System.out.println(report.divergences().stream().map(Divergence::describe)
                    .collect(Collectors.joining("\n")));
            assertThat(report.divergences()).as("the replay must carry markup into divergences")
                    .anyMatch(d -> d.kind() == Divergence.Kind.CONSOLE_ERROR && d.actual().contains(PAYLOAD));
            assertThat(report.result().outcomes()).as("and into step descriptions")
                    .anyMatch(o -> o.step().describe().contains(PAYLOAD));

            try (BrowserContext context = session.newContext(ContextSpec.application())) {
                List<String> calls = new CopyOnWriteArrayList<>();
                List<String> dialogs = new CopyOnWriteArrayList<>();
                List<String> requests = new CopyOnWriteArrayList<>();
                List<String> console = new CopyOnWriteArrayList<>();
                context.exposeBinding("__pwnedCall", (source, args) -> {
                    calls.add(String.valueOf(args[0]));
                    return null;
                });
                Page page = context.newPage();
                page.onDialog(dialog -> {
                    dialogs.add(dialog.message());
                    dialog.dismiss();
                });
                page.onRequest(request -> requests.add(request.url()));
                List<String> refusedByPolicy = new CopyOnWriteArrayList<>();
                page.onRequestFailed(request -> {
                    if ("csp".equals(request.failure())) {
                        refusedByPolicy.add(request.url());
                    }
                });
                page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
                page.navigate(reportFile.toUri().toString());
                page.locator(".replayer-wrapper iframe").waitFor();

                // Play the whole recording in the player, then poke every payload the replayer drew.
                page.evaluate("() => { const p = window.replayReportPlayers['r1-player'];"
                        + " p.goto(p.getMetaData().totalTime, false); }");
                page.waitForTimeout(500);
                FrameLocator replayed = page.frameLocator(".replayer-wrapper iframe");
                assertThat(replayed.locator("#h").textContent()).as("the player shows the recorded page")
                        .isEqualTo("Hostile page");
                replayed.locator("#a").dispatchEvent("click");
                replayed.locator("#b").dispatchEvent("click");
                replayed.locator("#i").dispatchEvent("error");
                page.locator(".markers a.marker").first().click();
                page.waitForTimeout(500);

                assertThat(dialogs).as("dialogs").isEmpty();
                assertThat(calls).as("binding calls").isEmpty();
                assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
                assertThat(page.title()).isEqualTo("report " + PAYLOAD);
                // The replayer draws the recorded <img src="missing.png"> with its recorded address: Chromium starts
                // the request and the policy refuses it before it leaves.
                List<String> outside = requests.stream().filter(url -> !url.startsWith("file:")
                        && !url.startsWith("data:") && !url.startsWith("blob:") && !url.startsWith("about:")).toList();
                assertThat(outside).as("recorded addresses the player tried").isNotEmpty();
                assertThat(refusedByPolicy).as("every request for a recorded address refused by the policy")
                        .containsExactlyInAnyOrderElementsOf(outside);
                assertThat(page.locator(".replayer-wrapper iframe").getAttribute("sandbox"))
                        .doesNotContain("allow-scripts");
                assertThat(page.locator("script:not([type='application/json'])").count())
                        .as("only the report's own scripts").isEqualTo(2);
                assertThat(page.locator("meta[http-equiv=Content-Security-Policy]").getAttribute("content"))
                        .startsWith("default-src 'none'; script-src 'sha256-");

                // Recorded markup shows as text.
                String text = page.locator("main").innerText();
                assertThat(text).contains("hostile " + PAYLOAD, "was: " + PAYLOAD,
                        "click 'Buy " + PAYLOAD + "'", "was: 'Buy now \"><img src=x onerror=alert(1)>'");
                assertThat(page.locator(".log.console li").allTextContents()).contains("error: " + PAYLOAD);
                assertThat(page.locator(".rr-player").count()).isEqualTo(1);
                assertThat(page.locator("[data-count=recordings]").textContent()).isEqualTo("1");
                assertThat(page.locator("[data-count=recordings-failed]").textContent()).isEqualTo("1");
                assertThat(page.locator("[data-count=steps]").textContent())
                        .isEqualTo(String.valueOf(report.result().outcomes().size()));
                assertThat(page.locator("[data-count=divergences]").textContent())
                        .isEqualTo(String.valueOf(report.divergences().size()));
                Map<Divergence.Kind, Long> byKind = report.divergences().stream()
                        .collect(Collectors.groupingBy(Divergence::kind, Collectors.counting()));
                byKind.forEach((kind, count) -> assertThat(page.locator("tr[data-kind=" + kind + "] td").nth(1)
                        .textContent()).isEqualTo(String.valueOf(count)));
                System.out.println("console of the report:\n  " + String.join("\n  ", console));
                // The payloads were tried, and each was refused by the sandbox or the policy; nothing else failed.
                List<String> errors = console.stream().filter(line -> line.startsWith("error:")).toList();
                assertThat(errors).allMatch(line -> line.contains("Content Security Policy")
                        || line.contains("sandboxed and the 'allow-scripts' permission is not set"));
                assertThat(errors).anyMatch(line -> line.contains("sandboxed"))
                        .anyMatch(line -> line.contains("Running the JavaScript URL violates"));
            }
        }
    }

    /** A page with a script, handlers on an image and an svg, a javascript: link and a button that logs markup. */
    private Path site(String name, String buttonText) throws Exception {
        String page = """
                <!doctype html><html><head><title>hostile page</title>
                <script>%1$s</script>
                <style>h1 { color: rgb(180, 0, 0); }</style></head>
                <body><h1 id="h">Hostile page</h1>
                <img id="i" src="missing.png" width="40" height="30" alt="" onerror="%2$s">
                <svg id="s" width="10" height="10" onload="%3$s"></svg>
                <p><a id="a" href="javascript:%4$s">a javascript: link</a></p>
                <button id="b" onclick="console.error('%5$s')">%6$s</button>
                <p id="p">%7$s</p>
                </body></html>
                """.formatted(PWN.formatted("head script"), attr(PWN.formatted("img onerror")),
                attr(PWN.formatted("svg onload")), attr(PWN.formatted("javascript url")),
                attr(PAYLOAD), buttonText, attr("<img src=x onerror=alert(1)>"));
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("index.html"), page, StandardCharsets.UTF_8);
        return dir;
    }

    /** The test's own escaping for the pages it serves, apart from the code under test. */
    private static String attr(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Records a visit with rrweb from npm (the version rrweb-player's replayer comes with). */
    private Path record(BrowserSession session, Path site) throws Exception {
        String rrweb = Files.readString(FixtureBuilds.projectRoot()
                .resolve("reporters/html/node_modules/rrweb/dist/rrweb.umd.min.cjs"));
        List<String> events = new ArrayList<>();
        try (RunningTarget server = new StaticDirTarget(site, false).start();
             BrowserContext context = session.newContext(ContextSpec.application())) {
            context.exposeFunction("__emit", args -> {
                synchronized (events) {
                    events.add((String) args[0]);
                }
                return null;
            });
            Page page = context.newPage();
            page.onDialog(dialog -> dialog.dismiss());
            // UMD bundles end without a semicolon: the start code must not become a call argument.
            context.addInitScript(rrweb + "\n;\n" + START_RECORDING);
            page.navigate(server.baseUrl().toString());
            page.waitForTimeout(500);
            assertThat(page.evaluate("() => window.__pwned")).as("the payloads are live where scripts may run")
                    .isNotNull();
            page.click("#b");
            page.waitForTimeout(400);
            page.click("#a");
            page.waitForTimeout(600);
        }
        Path file = tmp.resolve("events.json");
        synchronized (events) {
            assertThat(events).hasSizeGreaterThan(3);
            Files.writeString(file, "[\n" + String.join(",\n", events) + "\n]\n", StandardCharsets.UTF_8);
        }
        return file;
    }
}
