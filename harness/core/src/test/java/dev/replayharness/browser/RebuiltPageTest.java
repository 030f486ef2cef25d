package dev.replayharness.browser;

import com.sun.net.httpserver.HttpServer;
import dev.replayharness.dom.RebuiltHtml;
import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt page is shown at the recorded address and stays the page it was rebuilt as. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuiltPageTest {

    private static final String RECORDED = "http://shop.example.com/products";

    private BrowserSession session;
    private HttpServer app;
    private final List<String> served = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() throws IOException {
        session = BrowserSession.launch();
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/", exchange -> {
            served.add(exchange.getRequestURI().getPath());
            byte[] body = "<!doctype html><title>live</title><h1>the live app</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        app.start();
    }

    @AfterAll
    void stop() {
        app.stop(0);
        session.close();
    }

    private NetworkPolicy assetsFromTheApp() {
        return NetworkPolicy.blockAll().mapping(RECORDED, "http://127.0.0.1:" + app.getAddress().getPort());
    }

    @Test
    void theRebuiltPageHasTheRecordedAddress() {
        RebuiltHtml html = new RebuiltHtml("<!doctype html><title>rebuilt</title><h1>recorded</h1>", RECORDED + "#top",
                800, 600, 0, 0, List.of());
        try (RebuiltPage page = RebuiltPage.render(session, html, assetsFromTheApp())) {
            assertThat(page.page().url()).isEqualTo(RECORDED);
            assertThat(page.page().evaluate("() => location.origin")).isEqualTo("http://shop.example.com");
        }
        assertThat(served).as("the document itself is never fetched").isEmpty();
    }

    @Test
    void aLinkFollowedInTheRebuiltPageIsNeverAnsweredByTheLiveApp() {
        served.clear();
        RebuiltHtml html = new RebuiltHtml("<!doctype html><title>rebuilt</title><a id=away href='/cart'>cart</a>",
                RECORDED, 800, 600, 0, 0, List.of());
        try (RebuiltPage page = RebuiltPage.render(session, html, assetsFromTheApp())) {
            page.page().click("#away");
            page.page().waitForTimeout(300);
            assertThat(page.blockedRequests()).contains("http://shop.example.com/cart");
        }
        assertThat(served).as("the live app, which serves the recorded origin's assets").doesNotContain("/cart");
    }
}
