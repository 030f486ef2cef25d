package dev.replayharness.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.WaitUntilState;
import dev.replayharness.dom.RebuiltHtml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A rebuilt recording rendered in its own locked-down context: the recorded viewport, JavaScript off (no
 * recorded script or handler can run), and every request routed through a {@link NetworkPolicy}, blocked
 * unless the policy allows it. Blocked images keep their layout box.
 */
public final class RebuiltPage implements AutoCloseable {

    private static final double LOAD_TIMEOUT_MS = 15_000;

    private final BrowserContext context;
    private final Page page;
    private final List<String> blocked = Collections.synchronizedList(new ArrayList<>());
    private final List<String> fetched = Collections.synchronizedList(new ArrayList<>());

    private RebuiltPage(BrowserContext context) {
        this.context = context;
        this.page = context.newPage();
    }

    /** Renders {@code html} and restores what markup cannot carry (scroll positions). */
    public static RebuiltPage render(BrowserSession session, RebuiltHtml html, NetworkPolicy policy) {
        int width = html.viewportWidth() > 0 ? html.viewportWidth() : 1280;
        int height = html.viewportHeight() > 0 ? html.viewportHeight() : 720;
        RebuiltPage rebuilt = new RebuiltPage(session.newContext(new ContextSpec(width, height, false)));
        try {
            Optional<String> address = documentAddress(html);
            AtomicBoolean served = new AtomicBoolean();
            rebuilt.context.route("**/*", route -> {
                boolean pageLoad = route.request().isNavigationRequest()
                        && route.request().frame() == rebuilt.page.mainFrame();
                if (pageLoad && address.isPresent() && served.compareAndSet(false, true)) {
                    route.fulfill(new Route.FulfillOptions().setStatus(200)
                            .setContentType("text/html; charset=utf-8").setBody(html.html()));
                } else if (pageLoad && (served.get() || address.isEmpty())) {
                    // The rebuilt page stays what it is: a recorded <meta http-equiv="refresh">, a link or a form
                    // must not swap it for a live page (with JavaScript off, one fetched through the policy).
                    rebuilt.blocked.add(route.request().url());
                    route.abort("blockedbyclient");
                } else {
                    rebuilt.decide(route, policy);
                }
            });
            rebuilt.page.setDefaultTimeout(LOAD_TIMEOUT_MS);
            if (address.isPresent()) {
                // At the recorded address the page has the recorded origin, so what only works same-origin (an
                // SVG sprite used from another file, <use href="icons.svg#chevron">) renders as the user saw it.
                rebuilt.page.navigate(address.get(), new Page.NavigateOptions().setWaitUntil(WaitUntilState.LOAD));
            } else {
                rebuilt.page.setContent(html.html(), new Page.SetContentOptions().setWaitUntil(WaitUntilState.LOAD));
            }
            rebuilt.page.evaluate("() => document.fonts.ready.then(() => true)");
            for (RebuiltHtml.ElementScroll scroll : html.elementScrolls()) {
                rebuilt.page.evaluate("([id, x, y]) => { const e = document.querySelector(`[data-rr-id=\"${id}\"]`);"
                        + " if (e) { e.scrollLeft = x; e.scrollTop = y; } }", List.of(scroll.nodeId(), scroll.x(), scroll.y()));
            }
            rebuilt.page.evaluate("([x, y]) => window.scrollTo(x, y)", List.of(html.scrollX(), html.scrollY()));
            return rebuilt;
        } catch (RuntimeException e) {
            rebuilt.close();
            throw e;
        }
    }

    /** The recorded page's address without its fragment, when it is a web address the page can be shown at. */
    private static Optional<String> documentAddress(RebuiltHtml html) {
        String url = html.url();
        String origin = NetworkPolicy.originOf(url);
        if (origin == null || !(origin.startsWith("http://") || origin.startsWith("https://"))) {
            return Optional.empty();
        }
        int fragment = url.indexOf('#');
        return Optional.of(fragment < 0 ? url : url.substring(0, fragment));
    }

    private void decide(Route route, NetworkPolicy policy) {
        String url = route.request().url();
        Optional<String> target = policy.route(url);
        if (target.isEmpty()) {
            blocked.add(url);
            route.abort("blockedbyclient");
        } else {
            fetched.add(url);
            // Fetched here and handed to the page rather than let through: the page is at the recorded (often
            // public) address, from which Chromium refuses loads from a local one (a mapped or allowed origin on
            // 127.0.0.1); and a font from another origin is dropped unless the answer allows that origin.
            com.microsoft.playwright.APIResponse response = route.fetch(new Route.FetchOptions().setUrl(target.get()));
            java.util.Map<String, String> headers = new java.util.HashMap<>(response.headers());
            headers.put("access-control-allow-origin", "*");
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
        }
    }

    /** The rendered page, for screenshots and inspection. */
    public Page page() {
        return page;
    }

    /** A screenshot of the viewport. */
    public byte[] screenshot() {
        return page.screenshot(new Page.ScreenshotOptions().setAnimations(
                com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
    }

    /** The URLs the policy blocked, in request order. */
    public List<String> blockedRequests() {
        synchronized (blocked) {
            return List.copyOf(blocked);
        }
    }

    /** The URLs the policy let through (as requested, before any mapping). */
    public List<String> fetchedRequests() {
        synchronized (fetched) {
            return List.copyOf(fetched);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
