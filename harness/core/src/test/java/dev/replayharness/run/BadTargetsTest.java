package dev.replayharness.run;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.journey.Action;
import dev.replayharness.journey.Journey;
import dev.replayharness.journey.Step;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Targets that are down, answer 500 or hang fail their first step with the reason, in bounded time. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadTargetsTest {

    private BrowserSession session;
    private ReplayRunner runner;
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    void launch() {
        session = BrowserSession.launch();
        runner = ReplayRunner.on(session, ReplayOptions.defaults().withOutputDir(null)
                .withStepTimeout(Duration.ofSeconds(3)));
    }

    @AfterAll
    void close() {
        release.countDown();
        session.close();
    }

    /** A recorded visit of one page at a production address, as a recording would hold it. */
    private static Journey visit() {
        String recorded = "https://shop.example.com/products";
        return new Journey(List.of(new Step(1, 0, 0, 0, 0, new Action.Navigate(recorded, Action.NavigationKind.FIRST),
                recorded)), recorded, 800, 600, false, List.of());
    }

    private static LoopbackServer server(int status, String body, CountDownLatch hangUntil) {
        return LoopbackServer.answering(path -> {
            if (hangUntil != null) {
                try {
                    hangUntil.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new LoopbackServer.Answer(status, "text/html", body);
        });
    }

    @Test
    void aTargetThatIsDownFailsTheFirstStepNamingTheUrl() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ReplayResult result = runner.run("down", visit(), URI.create("http://127.0.0.1:" + port + "/"));
        StepOutcome first = result.outcomes().get(0);
        assertThat(first.status()).isEqualTo(StepOutcome.Status.FAILED);
        assertThat(first.reason()).contains("ERR_CONNECTION_REFUSED", "127.0.0.1:" + port + "/products");
    }

    @Test
    void aServerErrorFailsTheStepWithItsStatus() {
        LoopbackServer server = server(500, "<h1>oops</h1>", null);
        try {
            ReplayResult result = runner.run("500", visit(), server.base());
            assertThat(result.outcomes().get(0).status()).isEqualTo(StepOutcome.Status.FAILED);
            assertThat(result.outcomes().get(0).reason()).contains("/products answered HTTP 500");
        } finally {
            server.close();
        }
    }

    @Test
    void aHangingResponseTimesOutNamingThePendingRequestAndTheNextRecordingStillRuns() {
        LoopbackServer hanging = server(200, "<h1>late</h1>", release);
        LoopbackServer healthy = server(200, "<h1>fine</h1>", null);
        try {
            ReplayResult result = runner.run("hanging", visit(), hanging.base());
            StepOutcome first = result.outcomes().get(0);
            assertThat(first.status()).isEqualTo(StepOutcome.Status.FAILED);
            assertThat(first.reason()).contains("Timeout 3000ms exceeded", "requests still pending: GET "
                    + hanging.base() + "products");

            ReplayResult next = runner.run("healthy", visit(), healthy.base());
            assertThat(next.passed()).as(next.outcomes().toString()).isTrue();
            assertThat(next.outcomes().get(0).page().urlAfter()).isEqualTo(healthy.base() + "products");
        } finally {
            hanging.close();
            healthy.close();
        }
    }
}
