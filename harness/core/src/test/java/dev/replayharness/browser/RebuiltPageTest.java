package dev.replayharness.browser;

import dev.replayharness.dom.RebuiltHtml;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuilt page is shown at the recorded address and stays the page it was rebuilt as. */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuiltPageTest {

    private static final String RECORDED = "http://shop.example.com/products";

    private BrowserSession session;
    private LoopbackServer app;

    @BeforeAll
    void start() {
        session = BrowserSession.launch();
        app = LoopbackServer.always(
                LoopbackServer.Answer.html("<!doctype html><title>live</title><h1>the live app</h1>"));
    }

    @AfterAll
    void stop() {
        app.close();
        session.close();
    }

    private NetworkPolicy assetsFromTheApp() {
        return NetworkPolicy.blockAll().mapping(RECORDED, app.origin());
    }

    @Test
    void theRebuiltPageHasTheRecordedAddress() {
        RebuiltHtml html = new RebuiltHtml("<!doctype html><title>rebuilt</title><h1>recorded</h1>", RECORDED + "#top",
                800, 600, 0, 0, List.of());
        try (RebuiltPage page = RebuiltPage.render(session, html, assetsFromTheApp())) {
            assertThat(page.page().url()).isEqualTo(RECORDED);
            assertThat(page.page().evaluate("() => location.origin")).isEqualTo("http://shop.example.com");
        }
        assertThat(app.requests()).as("the document itself is never fetched").isEmpty();
    }

    @Test
    void aLinkFollowedInTheRebuiltPageIsNeverAnsweredByTheLiveApp() {
        int before = app.requests().size();
        RebuiltHtml html = new RebuiltHtml("<!doctype html><title>rebuilt</title><a id=away href='/cart'>cart</a>",
                RECORDED, 800, 600, 0, 0, List.of());
        try (RebuiltPage page = RebuiltPage.render(session, html, assetsFromTheApp())) {
            page.page().click("#away");
            page.page().waitForTimeout(300);
            assertThat(page.blockedRequests()).contains("http://shop.example.com/cart");
        }
        assertThat(app.requests().subList(before, app.requests().size()))
                .as("the live app, which serves the recorded origin's assets").doesNotContain("/cart");
    }
}
