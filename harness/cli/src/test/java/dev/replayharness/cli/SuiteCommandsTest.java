package dev.replayharness.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code replay verify}, {@code reproduce} and {@code run} on the committed recordings against real builds of the
 * fixture shop: every exit code, the reports, the recorded bug reproduced on its broken build and not on the good
 * one, parallel jobs and shards.
 */
@BrowserTest
class SuiteCommandsTest {

    private static final Path BUNDLES = FixtureBuilds.bundles();
    private static FixtureServer baseline;
    private static FixtureServer broken;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void serve() {
        baseline = FixtureServer.start(FixtureBuilds.build("shop", "baseline"));
        broken = FixtureServer.start(FixtureBuilds.build("shop", "console-error"));
    }

    @AfterAll
    static void stop() {
        baseline.close();
        broken.close();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-o", dir.resolve("report-" + out.toString().length()).toString()));
        return ReplayCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String bundle(String path) {
        return BUNDLES.resolve(path).toString();
    }

    @Test
    void verifyPassesOnTheGoodBuildAndFailsWithTheDivergenceOnTheBrokenOneWritingEveryReport() throws IOException {
        assertThat(run("verify", bundle("shop-add-to-cart/rrweb"), "--target", baseline.baseUrl())).isZero();
        assertThat(out.toString()).contains("OK        shop-add-to-cart/rrweb", "1 of 1 bundles replayed without regressions");

        Path reports = dir.resolve("broken");
        int code = ReplayCli.run(new String[] {"verify", bundle("shop-add-to-cart/rrweb"), "--target", broken.baseUrl(),
                "-o", reports.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("DIVERGED  shop-add-to-cart/rrweb", "PAGE_ERROR (regression)",
                "TypeError: Cannot read properties of undefined");
        assertThat(Files.readString(reports.resolve("junit/TEST-replay.xml")))
                .contains("<testcase classname=\"replay.shop-add-to-cart/rrweb\" name=\"step 2: click 'Add to cart'")
                .contains("<failure message=");
        assertThat(reports.resolve("report.html")).isNotEmptyFile();
        assertThat(new ObjectMapper().readTree(reports.resolve("summary.json").toFile()).get("exitCode").asInt())
                .isEqualTo(1);
        try (Stream<Path> allure = Files.list(reports.resolve("allure-results"))) {
            assertThat(allure.filter(f -> f.toString().endsWith("-result.json"))).hasSize(1);
        }
        theStepsHaveOneStatusInEveryReport(reports);
    }

    /**
     * The click on "Add to cart" works on the broken build and throws there: the step failed, and every output says
     * so (once, a report showed it passed beside its two regressions). Each step's word is the same everywhere.
     */
    private void theStepsHaveOneStatusInEveryReport(Path reports) throws IOException {
        Map<Integer, String> json = new TreeMap<>();
        new ObjectMapper().readTree(reports.resolve("summary.json").toFile()).get("results").get(0).get("stepResults")
                .forEach(step -> json.put(step.get("step").asInt(), step.get("verdict").asText()));
        assertThat(json).containsEntry(2, "failed").hasSizeGreaterThanOrEqualTo(3);

        Map<Integer, String> html = new TreeMap<>();
        Matcher li = Pattern.compile("<li class=\"step status-(\\w+)[^\"]*\" id=\"[^\"]*\" data-step=\"(\\d+)\"")
                .matcher(Files.readString(reports.resolve("report.html")));
        while (li.find()) {
            html.put(Integer.parseInt(li.group(2)), li.group(1));
        }
        assertThat(html).as("the HTML report's badges").isEqualTo(json);

        Map<Integer, String> junit = new TreeMap<>();
        Matcher testCase = Pattern.compile("<testcase [^>]*name=\"step (\\d+): [^\"]*\"[^>]*?(/>|>(.*?)</testcase>)",
                Pattern.DOTALL).matcher(Files.readString(reports.resolve("junit/TEST-replay.xml")));
        while (testCase.find()) {
            String body = testCase.group(3) == null ? "" : testCase.group(3);
            junit.put(Integer.parseInt(testCase.group(1)), body.contains("<failure") ? "failed"
                    : body.contains("<skipped") ? "skipped" : "passed");
        }
        assertThat(junit).as("JUnit XML").isEqualTo(json);

        Map<Integer, String> allure = new TreeMap<>();
        try (Stream<Path> files = Files.list(reports.resolve("allure-results"))) {
            Path result = files.filter(f -> f.toString().endsWith("-result.json")).findFirst().orElseThrow();
            new ObjectMapper().readTree(result.toFile()).get("steps").forEach(step -> allure.put(
                    Integer.parseInt(step.get("name").asText().replaceAll("^step (\\d+):.*", "$1")),
                    step.get("status").asText()));
        }
        assertThat(allure).as("Allure").isEqualTo(json);

        long failed = json.values().stream().filter("failed"::equals).count();
        assertThat(out.toString()).as("the summary line counts steps as the reports do")
                .containsPattern("DIVERGED  shop-add-to-cart/rrweb — \\d+/" + json.size() + " steps passed, " + failed
                        + " failed");
        assertThat(out.toString().lines().filter(line -> line.startsWith("DIVERGED")))
                .noneMatch(line -> line.contains(json.size() + "/" + json.size() + " steps passed"));
    }

    @Test
    void reproduceSaysWhetherTheRecordedBugHappensAgainAndWhere() {
        int onBroken = run("reproduce", bundle("shop-add-to-cart-bug/rrweb"), "--target", broken.baseUrl());
        String brokenOut = out.toString();
        int onGood = run("reproduce", bundle("shop-add-to-cart-bug/rrweb"), "--target", baseline.baseUrl());

        assertThat(onBroken).isZero();
        assertThat(brokenOut).contains("shop-add-to-cart-bug/rrweb: REPRODUCED", "recurred at step 2: ");
        assertThat(onGood).isEqualTo(1);
        assertThat(out.toString().substring(brokenOut.length())).contains("shop-add-to-cart-bug/rrweb: NOT REPRODUCED", "did not recur");
    }

    @Test
    void forbiddingRecordedErrorsFailsWhileTheBugIsThereAndPassesOnceFixed() {
        String recording = bundle("shop-add-to-cart-bug/rrweb");

        assertThat(run("verify", recording, "--target", broken.baseUrl())).as("recorded errors are expected").isZero();
        assertThat(run("verify", recording, "--target", broken.baseUrl(), "--forbid-recorded-errors")).isEqualTo(1);
        assertThat(out.toString()).contains("expected the recorded console error");
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--forbid-recorded-errors")).isZero();
    }

    @Test
    void parallelJobsReplayEachBundleOnceAndShardsSplitTheBundlesExactly() throws IOException {
        int code = run("verify", bundle("shop-add-to-cart"), bundle("shop-modal"), "--target", baseline.baseUrl(),
                "-j", "2", "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode summary = new ObjectMapper().readTree(out.toString());
        List<String> names = new ArrayList<>();
        summary.get("results").forEach(r -> names.add(r.get("bundle").asText()));
        assertThat(names).containsExactlyInAnyOrder("shop-add-to-cart/rrweb", "shop-add-to-cart/posthog",
                "shop-modal/rrweb", "shop-modal/posthog");
        summary.get("results").forEach(r -> assertThat(r.get("passedSteps").asInt()).isEqualTo(r.get("steps").asInt()));

        List<String> all = listed(List.of());
        List<String> first = listed(List.of("--shard", "1/2"));
        List<String> second = listed(List.of("--shard", "2/2"));
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
        assertThat(Stream.concat(first.stream(), second.stream())).containsExactlyInAnyOrderElementsOf(all);
    }

    private List<String> listed(List<String> shard) {
        StringWriter listing = new StringWriter();
        List<String> args = new ArrayList<>(List.of("verify", BUNDLES.toString(), "--list"));
        args.addAll(shard);
        assertThat(ReplayCli.run(args.toArray(String[]::new), new PrintWriter(listing, true), new PrintWriter(err, true)))
                .isZero();
        return listing.toString().lines().toList();
    }

    @Test
    void everyOtherExitCodeSaysWhy() throws IOException {
        String recording = bundle("shop-add-to-cart/rrweb");
        Path garbage = Files.writeString(dir.resolve("garbage.json"), "{\"this is\": \"not a recording\"}");

        assertThat(run("verify", recording)).as("no target").isEqualTo(2);
        assertThat(err.toString()).contains("give exactly one of target");
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--shard", "3/2")).isEqualTo(2);
        assertThat(run("verify", dir.resolve("missing.json").toString(), "--target", baseline.baseUrl())).isEqualTo(3);
        assertThat(err.toString()).contains("no such file or folder");
        assertThat(run("verify", garbage.toString(), "--target", baseline.baseUrl())).isEqualTo(3);
        assertThat(out.toString()).contains("UNREADABLE garbage.json");
        assertThat(run("verify", recording, "--target-cmd", "echo failing on purpose; exit 3",
                "--start-timeout", "10")).isEqualTo(4);
        assertThat(err.toString()).contains("the target", "did not start");
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--network", "recordd")).isEqualTo(2);
        assertThat(err.toString()).contains("--network: network 'recordd' is not one of live, recorded");
        // An rrweb recording holds no responses: input that cannot be used as asked, not a divergence.
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--network", "recorded")).isEqualTo(3);
        assertThat(out.toString()).contains("UNREADABLE", "no response bodies", "--record-har");
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--network",
                "har:" + dir.resolve("absent.har"))).isEqualTo(3);
        assertThat(out.toString()).contains("absent.har: no HAR file here");
    }

    @Test
    void aValueReadFromTheEnvironmentIsTypedAndAppearsInNothingTheRunWrote() throws IOException {
        // The search field was masked when recorded; its value comes from REPLAY_TEST_SEARCH (set by the pom):
        // "STEEL", which finds what the user's "steel" found, and which no page, script or style the reports
        // embed happens to hold (CSS's "steelblue" does hold "steel").
        String secret = System.getenv("REPLAY_TEST_SEARCH");
        assertThat(secret).as("REPLAY_TEST_SEARCH from the surefire configuration").isEqualTo("STEEL");
        Path reports = dir.resolve("secret-reports");
        Path har = dir.resolve("secret-har");
        int asked = baseline.requests().size();

        int code = ReplayCli.run(new String[] {"verify", bundle("shop-search-filter/posthog"), "--target",
                baseline.baseUrl(), "--input", "product-search=env:REPLAY_TEST_SEARCH", "--record-har", har.toString(),
                "-o", reports.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(code).as(out.toString()).isIn(0, 1);
        assertThat(baseline.requests().subList(asked, baseline.requests().size())).as("the app was asked with it")
                .anyMatch(request -> request.path().equals("/api/products") && request.query().contains("q=" + secret));
        List<Path> written;
        try (Stream<Path> files = Stream.concat(Files.walk(reports), Files.walk(har))) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).as("reports and HAR").hasSizeGreaterThan(5)
                .anyMatch(file -> file.toString().endsWith(".har"));
        StringBuilder everything = new StringBuilder();
        for (Path file : written) {
            if (!file.toString().endsWith(".png")) {
                // Pictures embedded in the HTML report are base64, where any five letters may turn up by chance.
                String text = Files.readString(file).replaceAll("base64,[A-Za-z0-9+/=]+", "base64,");
                assertThat(text).as(file.toString()).doesNotContain(secret);
                everything.append(text);
            }
        }
        assertThat(everything).as("the value's place is marked").contains("[secret:product-search]");
        assertThat(out + "" + err).doesNotContain(secret);
    }

    @Test
    void aSetupThatDoesNotReplayStopsTheSuiteWithExit4AndOneThatDoesLetsItRun() {
        String recording = bundle("shop-add-to-cart/rrweb");

        // A recording of another app as the setup: its steps find nothing on the shop.
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--setup", bundle("site-guide/rrweb"),
                "--step-timeout", "2")).isEqualTo(4);
        assertThat(err.toString()).contains("the setup site-guide/rrweb did not replay, so nothing else was: step 1",
                "answered HTTP 404");
        assertThat(out.toString()).doesNotContain("OK        shop-add-to-cart");

        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--setup",
                bundle("shop-add-to-cart/rrweb"))).isZero();
        assertThat(out.toString()).contains("OK        shop-add-to-cart/rrweb");
        assertThat(run("verify", recording, "--target", baseline.baseUrl(), "--setup",
                dir.resolve("absent").toString())).as("a setup path that does not exist").isEqualTo(4);
        assertThat(err.toString()).contains("absent");
    }

    @Test
    void runPrintsEveryStepAndPointsAtTheFirstFailingOne() {
        int code = run("run", bundle("shop-add-to-cart/rrweb"), "--target", broken.baseUrl(),
                "--stop-at-first-divergence");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("step 1: ", "step 2: click 'Add to cart'", "reports in");
    }
}
