package dev.replayharness.html;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.compare.CompareOptions;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.targets.UrlTarget;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.verify.RegressionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real report: the shop-add-to-cart recording replayed on the restyled build (visual-css), opened in Chromium.
 * The diff picture of the diverging step is shown, and it shows red. {@code -Dreplay.html.screenshot=FILE} keeps
 * the screenshot (docs/images/html-report.png was made so), {@code -Dreplay.html.keep=FILE} the report.
 */
@BrowserTest
class VisualReportTest {

    @TempDir
    Path tmp;

    @Test
    void aVisualRegressionShowsItsPicturesAndItsRedDiff() throws Exception {
        Path recordingFile = FixtureBuilds.bundles().resolve("shop-add-to-cart/rrweb/events.json");
        Path reportFile = tmp.resolve("report.html");
        try (BrowserSession session = BrowserSession.launch()) {
            ReplayReport report;
            HtmlReport.Written written;
            try (Recording recording = Bundles.open(recordingFile);
                 FixtureServer app = FixtureServer.start(FixtureBuilds.build("shop", "visual-css"))) {
                report = new RegressionCheck(session, ReplayOptions.defaults().withOutputDir(tmp.resolve("replay")),
                        CompareOptions.defaults()).check("shop-add-to-cart on visual-css", recording,
                        new UrlTarget(URI.create(app.baseUrl())));
                written = HtmlReport.builder().title("shop-add-to-cart on the restyled build")
                        .add(report, HtmlReport.playerEvents(recording)).write(reportFile);
            }
            System.out.println(written);
            keep(reportFile, "replay.html.keep");
            Divergence visual = report.divergences().stream()
                    .filter(d -> d.kind() == Divergence.Kind.VISUAL_CHANGED).findFirst().orElseThrow();
            assertThat(written.picturesEmbedded()).isGreaterThanOrEqualTo(3);

            try (BrowserContext context = session.newContext(ContextSpec.application().withViewport(1280, 1500))) {
                Page page = context.newPage();
                List<String> problems = new ArrayList<>();
                page.onPageError(error -> problems.add("page error: " + error));
                page.onConsoleMessage(message -> {
                    if (message.type().equals("error")) {
                        problems.add("console: " + message.text());
                    }
                });
                page.navigate(reportFile.toUri().toString());
                page.locator(".replayer-wrapper iframe").waitFor();

                assertThat(page.locator("[data-count=recordings-failed]").textContent()).isEqualTo("1");
                assertThat(page.locator("[data-count=steps]").textContent())
                        .isEqualTo(String.valueOf(report.result().outcomes().size()));
                assertThat(page.locator("tr[data-kind=VISUAL_CHANGED] td").nth(1).textContent())
                        .isEqualTo(String.valueOf(report.divergences().stream()
                                .filter(d -> d.kind() == Divergence.Kind.VISUAL_CHANGED).count()));

                Locator step = page.locator("#r1-s" + visual.step());
                Locator diff = step.locator("img.diff-image");
                diff.scrollIntoViewIfNeeded();
                assertThat(diff.isVisible()).isTrue();
                assertThat(((Number) diff.evaluate("img => img.naturalWidth")).intValue()).isPositive();
                assertThat(((Number) step.locator("img.compare-expected").evaluate("img => img.naturalWidth"))
                        .intValue()).isPositive();

                // The slider's "actual" end uncovers the whole actual picture.
                step.locator(".compare button[data-show='0']").click();
                assertThat(step.locator("img.compare-actual").evaluate("img => img.style.clipPath"))
                        .isEqualTo("inset(0px 0px 0px 0%)");
                step.locator(".compare button[data-show='100']").click();
                assertThat(step.locator("input[type=range]").inputValue()).isEqualTo("100");

                byte[] diffShot = diff.screenshot();
                assertThat(redPixels(diffShot)).as("red pixels where the pictures differ").isGreaterThan(100);

                // The marker seeks the player to the moment of the step.
                page.locator(".markers a.marker").first().click();
                page.waitForTimeout(300);
                double at = ((Number) page.evaluate("() => window.replayReportPlayers['r1-player']"
                        + ".getReplayer().getCurrentTime()")).doubleValue();
                long offset = Long.parseLong(page.locator(".markers a.marker").first().getAttribute("data-seek"));
                assertThat(at).isCloseTo(offset, org.assertj.core.data.Offset.offset(50.0));

                step.locator("input[type=range]").fill("50");
                assertThat(step.locator("img.compare-actual").evaluate("img => img.style.clipPath"))
                        .isEqualTo("inset(0px 0px 0px 50%)");
                step.evaluate("li => li.scrollIntoView({block: 'start'})");
                byte[] shot = page.screenshot(new Page.ScreenshotOptions().setFullPage(false));
                assertThat(redPixels(shot)).as("the diff's red shows in the page").isGreaterThan(100);
                Path screenshot = tmp.resolve("html-report.png");
                Files.write(screenshot, shot);
                keep(screenshot, "replay.html.screenshot");
                // Each step's network log: the shop's own requests, answered.
                assertThat(page.locator("#r1-s1 table.network tbody tr").count()).isPositive();
                assertThat(page.locator("#r1-s1 table.network td:nth-child(3)").allTextContents()).contains("200");
                assertThat(problems).isEmpty();
            }
        }
    }

    private static int redPixels(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int red = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60) {
                    red++;
                }
            }
        }
        return red;
    }

    private static void keep(Path file, String property) throws Exception {
        String target = System.getProperty(property);
        if (target != null && !target.isBlank()) {
            Path to = Path.of(target).toAbsolutePath();
            Files.createDirectories(to.getParent());
            Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
