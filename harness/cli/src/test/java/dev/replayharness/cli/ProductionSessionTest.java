package dev.replayharness.cli;

import dev.replayharness.fixtures.FixtureBuilds;
import dev.replayharness.fixtures.server.FixtureServer;
import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session recorded in production (posthog-js, inputs masked, the user logged in days before, on production's
 * records) replayed on CI's build and data: without a session it needs one; a setup recording or a saved state
 * gives it one; the live backend lacks production's records, which is said as DATA_DEPENDENT; ids mapped onto
 * CI's or the network answered from the recording make it pass; and the build whose order page throws is caught in
 * every mode that reaches the page. The CI password comes from the environment and is in nothing the runs wrote.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionSessionTest {

    private static final Path SESSIONS = FixtureBuilds.sessions();
    private static final String DEEP = SESSIONS.resolve("account-order-deep/posthog").toString();
    private static final String LOGIN = SESSIONS.resolve("account-sign-in-order/posthog").toString();
    private static final String HISTORY = SESSIONS.resolve("account-order-history/posthog").toString();
    /** CI's password for the recorded user, from the surefire configuration: a secret to keep out of every file. */
    private static final String PASSWORD_VARIABLE = "SHOP_CI_PASSWORD";
    /** The masked fields of the login recording: CI's user, the password from the environment, the checkout. */
    private static final List<String> INPUTS = List.of("--input", "login-email=ada@example.com",
            "--input", "login-password=env:" + PASSWORD_VARIABLE, "--input", "full-name=Ada Lovelace",
            "--input", "email=ada@example.com", "--input", "country=GB");
    /** Production's order id onto CI's order of the same user holding the same product. */
    private static final List<String> CI_IDS = List.of("--map-url", "LG-48213=>LG-00007");

    private static FixtureServer ci;
    private static FixtureServer throwing;

    @TempDir
    static Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    /** Every report folder the tests wrote, for the last test to search. */
    private static final List<Path> outputs = new ArrayList<>();

    @BeforeAll
    static void serve() {
        ci = FixtureServer.start(FixtureBuilds.build("shop", "baseline"));
        throwing = FixtureServer.start(FixtureBuilds.build("shop", "order-throws"));
    }

    @AfterAll
    static void stop() throws IOException {
        ci.close();
        throwing.close();
    }

    private int verify(String bundle, FixtureServer target, List<String> options) {
        Path reports = dir.resolve("reports-" + outputs.size());
        outputs.add(reports);
        List<String> args = new ArrayList<>(List.of("verify", bundle, "--target", target.baseUrl(), "--step-timeout",
                "3", "-o", reports.toString()));
        args.addAll(options);
        out.getBuffer().setLength(0);
        return ReplayCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static List<String> with(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }

    private static List<String> setup() {
        return with(List.of("--setup", LOGIN), INPUTS);
    }

    @Test
    void withoutASessionTheFirstStepNeedsOneAndNothingElseIsBlamed() {
        assertThat(verify(DEEP, ci, CI_IDS)).isEqualTo(1);

        assertThat(out.toString()).contains("0/4 steps passed, 1 failed, 3 skipped, 1 regression",
                "step 1: open", "NEEDS_SESSION (regression)", "/login?next=", "--setup", "--storage-state")
                .doesNotContain("FAILED_REQUEST", "ELEMENT_MISSING");
    }

    @Test
    void aSetupRecordingWithThePasswordFromTheEnvironmentStartsItLoggedIn() {
        assertThat(verify(DEEP, ci, with(setup(), CI_IDS))).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("OK        account-order-deep/posthog — 4/4 steps passed");

        assertThat(verify(DEEP, throwing, with(setup(), CI_IDS))).isEqualTo(1);
        assertThat(out.toString()).contains("step 1: open", "PAGE_ERROR (regression)", "reading 'carrier'");
    }

    @Test
    void aSavedStorageStateStartsItLoggedIn() {
        Path state = dir.resolve("ada-ci.json");
        assertThat(verify(LOGIN, ci, with(INPUTS, List.of("--save-storage-state", state.toString()))))
                .as(out + "" + err).isZero();
        assertThat(state).isRegularFile();

        assertThat(verify(DEEP, ci, with(List.of("--storage-state", state.toString()), CI_IDS))).as(out.toString())
                .isZero();
        assertThat(verify(DEEP, throwing, with(List.of("--storage-state", state.toString()), CI_IDS))).isEqualTo(1);
        assertThat(out.toString()).contains("PAGE_ERROR (regression)", "reading 'carrier'");
    }

    @Test
    void onTheLiveBackendProductionsRecordsAreDataDependentAndWithTheRecordedNetworkItPasses() {
        assertThat(verify(DEEP, ci, setup())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("0 regressions",
                "step 1: open", "DATA_DEPENDENT (warning)", "/api/account/orders/LG-48213 -> 404",
                "step 2: click 'cast-iron-skillet'", "(a row of a list) is not on the target's page")
                .doesNotContain("ELEMENT_MISSING (regression)");

        // A row named by production's id, in a list that holds CI's records.
        assertThat(verify(HISTORY, ci, setup())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("0 regressions", "step 2: click 'Order #LG-48377'",
                "DATA_DEPENDENT (warning)", "is not in the target's list: no row holds LG-48377; the list has 1 row, "
                        + "the first 'Order #LG-00007");

        assertThat(verify(DEEP, ci, List.of("--network", "recorded"))).as(out.toString()).isZero();
        assertThat(out.toString()).contains("4/4 steps passed");
        assertThat(verify(DEEP, throwing, List.of("--network", "recorded"))).isEqualTo(1);
        assertThat(out.toString()).contains("PAGE_ERROR (regression)", "reading 'carrier'");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void thePasswordIsInNothingTheRunsWrote() throws IOException {
        assertThat(outputs).as("the other tests ran first, writing their reports").hasSize(10);
        String secret = System.getenv(PASSWORD_VARIABLE);
        assertThat(secret).as(PASSWORD_VARIABLE + " from the surefire configuration").isEqualTo("ci-password-1");
        List<Path> written;
        try (Stream<Path> files = Files.walk(dir)) {
            written = files.filter(Files::isRegularFile).filter(file -> !file.toString().endsWith(".png")).toList();
        }
        assertThat(written).as("reports, JUnit XML, Allure results, the saved state").hasSizeGreaterThan(10);
        for (Path file : written) {
            String text = Files.readString(file).replaceAll("base64,[A-Za-z0-9+/=]+", "base64,");
            assertThat(text).as(file.toString()).doesNotContain(secret);
        }
    }
}
