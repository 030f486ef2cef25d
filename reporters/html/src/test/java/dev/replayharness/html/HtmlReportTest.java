package dev.replayharness.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.ReplayReport;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.run.ConsoleEntry;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.StepOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's file, read as text: no browser. */
class HtmlReportTest {

    private static final String PAYLOAD = "<script>alert(1)</script>";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void recordedTextIsEscapedEverywhereAndOnlyTheReportsOwnScriptsAreAllowed() throws Exception {
        Path expected = png("expected.png", 0xffffff);
        Path actual = png("actual.png", 0x000000);
        Path diff = png("diff.png", 0xff0000);
        Path before = png("before.png", 0x00ff00);
        ReplayReport report = report(PAYLOAD, List.of(
                outcome(1, "open http://x.test/" + PAYLOAD, before, List.of(new ConsoleEntry("error", PAYLOAD))),
                outcome(2, "click '" + PAYLOAD + "'", actual, List.of())),
                List.of(new Divergence(Divergence.Kind.CONSOLE_ERROR, Divergence.Severity.REGRESSION, 1, "step 1",
                                "no such error", PAYLOAD, List.of()),
                        new Divergence(Divergence.Kind.VISUAL_CHANGED, Divergence.Severity.REGRESSION, 2, "step 2",
                                "\"><img src=x onerror=alert(1)>", "12.5%", List.of(expected, actual, diff))));
        List<JsonNode> events = List.of(
                JSON.readTree("{\"type\":4,\"timestamp\":1000,\"data\":{\"href\":\"http://x.test/\",\"width\":800,\"height\":600}}"),
                JSON.readTree("{\"type\":2,\"timestamp\":1001,\"data\":{\"node\":{\"type\":3,\"textContent\":\""
                        + "</script><script>alert(1)</script>\u2028\"}}}"));

        HtmlReport.Written written = HtmlReport.builder().title("report " + PAYLOAD).add(report, events)
                .write(dir.resolve("out/report.html"));
        String html = Files.readString(written.file(), StandardCharsets.UTF_8);

        assertThat(written.bytes()).isEqualTo(Files.size(written.file()));
        assertThat(written.toString()).contains("report.html", "KiB");
        assertThat(html).doesNotContain(PAYLOAD, "<img src=x", "\u2028");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");

        List<String> scripts = scripts(html);
        assertThat(scripts).as("the player, the report's glue and one JSON block").hasSize(3);
        String events1 = html.substring(html.indexOf("<script type=\"application/json\" id=\"r1-events\">"));
        events1 = events1.substring(events1.indexOf('>') + 1, events1.indexOf("</script>"));
        assertThat(JSON.readTree(events1)).isEqualTo(JSON.valueToTree(events));

        Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")
                .matcher(html);
        assertThat(policy.find()).isTrue();
        String csp = policy.group(1).replace("&#39;", "'");
        assertThat(csp).startsWith("default-src 'none'; script-src 'sha256-").doesNotContain("unsafe-eval")
                .doesNotContain("script-src 'unsafe-inline'");
        List<String> executable = scripts.stream().filter(s -> !s.startsWith("<script type=\"application/json\""))
                .map(s -> s.substring("<script>".length(), s.length() - "</script>".length())).toList();
        assertThat(executable).hasSize(2);
        executable.forEach(script -> assertThat(csp).contains(ContentPolicy.hash(script)));
        assertThat(html.indexOf("Content-Security-Policy")).as("the policy comes before any script or style")
                .isLessThan(html.indexOf("<style>"));

        assertThat(html).contains("<dd data-count=\"recordings\">1</dd>", "<dd data-count=\"steps\">2</dd>",
                "<dd data-count=\"divergences\">2</dd>", "<dd data-count=\"recordings-failed\">1</dd>",
                "<tr data-kind=\"CONSOLE_ERROR\"><td>CONSOLE_ERROR</td><td>1</td></tr>",
                "<tr data-kind=\"VISUAL_CHANGED\"><td>VISUAL_CHANGED</td><td>1</td></tr>");
        assertThat(html).contains("data-seek=\"0\"", "data-seek=\"1\"");
    }

    @Test
    void eachPictureIsEmbeddedOnceAndTheBudgetIsKept() throws Exception {
        Path screenshot = png("same.png", 0x336699);
        List<StepOutcome> outcomes = new ArrayList<>();
        for (int step = 1; step <= 3; step++) {
            outcomes.add(outcome(step, "scroll " + step, screenshot, List.of()));
        }
        Path large = png("large.png", 0x123456);
        outcomes.add(outcome(4, "scroll 4", large, List.of()));
        ReplayReport report = report("pictures", outcomes, List.of());

        HtmlReport.Written written = HtmlReport.builder().add(report).maxPictureBytes(Files.size(large) - 1)
                .write(dir.resolve("pictures.html"));
        String html = Files.readString(written.file());

        assertThat(written.picturesEmbedded()).isEqualTo(1);
        assertThat(written.picturesRepeated()).isEqualTo(2);
        assertThat(written.picturesLeftOut()).isEqualTo(1);
        assertThat(count(html, "data:image/png;base64,")).isEqualTo(1);
        assertThat(html).contains("the same picture as <a href=\"#r1-s1-after\">step 1, after</a>",
                "picture not embedded: " + large);
        assertThat(html).as("no recording given: no player").doesNotContain(".rr-player", "r1-events", "class=\"player\"");
        assertThat(scripts(html)).hasSize(1);

        HtmlReport.Written budget = HtmlReport.builder().add(report).pictureBudgetBytes(10)
                .write(dir.resolve("budget.html"));
        assertThat(budget.picturesEmbedded()).isZero();
        assertThat(Files.readString(budget.file())).contains("over the report budget of 10 bytes for pictures");
    }

    private static List<String> scripts(String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL).matcher(html);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private Path png(String name, int rgb) throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb ^ (x * y % 7));
            }
        }
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static StepOutcome outcome(int number, String description, Path screenshot, List<ConsoleEntry> console) {
        Step step = new Step(number, number, 1000 + number - 1, 0, 0,
                new Action.Navigate(description.replaceFirst("^open ", ""), Action.NavigationKind.LOAD), null);
        return new StepOutcome(step, null, StepOutcome.Found.NOTHING, new StepOutcome.PageEvidence("http://x.test/",
                console, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0),
                new StepOutcome.Pictures(screenshot, null, List.of()), List.of(), 120);
    }

    private static ReplayReport report(String name, List<StepOutcome> outcomes, List<Divergence> divergences) {
        Journey journey = new Journey(outcomes.stream().map(StepOutcome::step).toList(), "http://x.test/", 800, 600,
                false, List.of());
        return new ReplayReport(new ReplayResult(name, "http://target.test/", journey, outcomes, null, 900),
                divergences, Map.of(2, 0.125));
    }

}
