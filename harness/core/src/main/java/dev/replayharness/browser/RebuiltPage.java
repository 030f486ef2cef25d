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
            rebuilt.context.route("**/*", route -> rebuilt.decide(route, policy));
            rebuilt.page.setDefaultTimeout(LOAD_TIMEOUT_MS);
            rebuilt.page.setContent(html.html(), new Page.SetContentOptions().setWaitUntil(WaitUntilState.LOAD));
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

    private void decide(Route route, NetworkPolicy policy) {
        String url = route.request().url();
        Optional<String> target = policy.route(url);
        if (target.isEmpty()) {
            blocked.add(url);
            route.abort("blockedbyclient");
        } else if (target.get().equals(url)) {
            fetched.add(url);
            route.resume();
        } else {
            fetched.add(url);
            // The rebuilt page has no origin of its own: a font fetched from the mapped origin is a cross-origin
            // load, which the browser drops unless the answer allows it. Serving it as the recorded origin would.
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
