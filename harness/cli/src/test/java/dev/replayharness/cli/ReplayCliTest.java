package dev.replayharness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCliTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return ReplayCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Path bundles() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("fixtures/bundles"))) {
                return d.resolve("fixtures/bundles");
            }
        }
        throw new IllegalStateException("no fixtures/bundles");
    }

    private static String[] posthogBodies(String journey) throws IOException {
        try (Stream<Path> files = Files.list(bundles().resolve(journey).resolve("posthog"))) {
            return files.map(Path::toString).filter(f -> f.endsWith(".json.gz")).sorted().toArray(String[]::new);
        }
    }

    @Test
    void inspectDescribesAnRrwebRecording() {
        int code = run("inspect", bundles().resolve("shop-checkout/rrweb/events.json").toString());

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("  format       rrweb event array")
                .contains("  windows      1: #0")
                .contains("interactions clicks 9, inputs 9, scrolls")
                .contains("  console      0 errors")
                .containsPattern("events       \\d+: .*FullSnapshot 1.*IncrementalSnapshot \\d+.*Meta 1");
    }

    @Test
    void inspectMergesPosthogBodiesAndPrintsJson() throws IOException {
        String[] args = Stream.concat(Stream.of("inspect", "--merge", "--json"), Stream.of(posthogBodies("shop-add-to-cart-bug")))
                .toArray(String[]::new);

        int code = run(args);

        assertThat(code).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(report.get("format").asText()).isEqualTo("posthog-capture");
        assertThat(report.get("sessionId").asText()).isNotBlank();
        assertThat(report.get("consoleErrors").asInt()).isEqualTo(2);
        assertThat(report.get("networkRequests").asInt()).isPositive();
        assertThat(report.get("interactions").get("clicks").asInt()).isEqualTo(3);
    }

    @Test
    void convertWritesABundleAndAnExportThatInspectReads() throws IOException {
        Path source = bundles().resolve("site-contact/rrweb/events.json");
        Path bundle = dir.resolve("contact.zip");
        Path export = dir.resolve("contact.json");

        assertThat(run("convert", source.toString(), "-o", bundle.toString())).isZero();
        assertThat(run("convert", bundle.toString(), "--to", "posthog-json", "-o", export.toString())).isZero();
        assertThat(run("inspect", export.toString())).isZero();

        assertThat(out.toString()).contains("wrote " + bundle + ": portable bundle 1.0")
                .contains("wrote " + export + ": PostHog export 2023-04-28")
                .contains("format       PostHog export (2023-04-28)");
    }

    @Test
    void unreadableInputExitsWith3AndSaysWhy() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "[{\"type\":2,\"timestamp\":");

        int code = run("inspect", broken.toString());

        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).startsWith("replay: " + broken).contains("invalid JSON");
    }

    @Test
    void domPrintsThePageOrOneNodeAtAMoment() {
        String recording = bundles().resolve("site-contact/rrweb/events.json").toString();

        // At 5 s the user has typed into the contact form; it is sent at about 6.7 s.
        assertThat(run("dom", recording, "--at", "5s", "--node", "105")).isZero();
        assertThat(run("dom", recording, "--at", "5s", "--safe")).isZero();

        assertThat(out.toString()).startsWith("<input id=\"contact-name\"")
                .contains("value=\"Grace Hopper\"").contains("<!DOCTYPE html>").doesNotContain("<script");
    }

    @Test
    void domRefusesMomentsItCannotReadAndWindowsThatDoNotExist() {
        String recording = bundles().resolve("site-contact/rrweb/events.json").toString();

        assertThat(run("dom", recording, "--at", "soon")).isEqualTo(2);
        assertThat(run("dom", recording, "--at", "step:99")).isEqualTo(2);
        assertThat(run("dom", recording, "--at", "step:0")).isEqualTo(2);
        assertThat(run("dom", recording, "--window", "4")).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a moment: use 12.5s, 1500ms, step:3 or end")
                .contains("no step 99; the journey has 8 steps").contains("'step:0' is not a moment")
                .contains("no window 4; the recording has windows [0]");
    }

    @Test
    void domAtAStepShowsThePageOnceThatStepHadItsEffect() {
        String recording = bundles().resolve("site-contact/rrweb/events.json").toString();

        assertThat(run("dom", recording, "--at", "step:2", "--node", "105")).isZero();
        assertThat(err.toString()).contains("at step 2: fill 'Your name' (css=#contact-name) with 'Grace Hopper'");
        assertThat(run("dom", recording, "--at", "step:1", "--safe")).isZero();
        assertThat(out.toString()).doesNotContain("value=\"Grace Hopper\"");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("inspect")).isEqualTo(2);
        assertThat(run("convert", "x.json")).isEqualTo(2);
        assertThat(run("convert", "x.json", "-o", "y", "--to", "csv")).isEqualTo(2);
        assertThat(err.toString()).contains("'csv' is not a format: use bundle or posthog-json");
    }
}
