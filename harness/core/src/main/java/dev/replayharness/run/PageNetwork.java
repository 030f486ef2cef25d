package dev.replayharness.run;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.HarNotFound;
import dev.replayharness.browser.NetworkPolicy;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.network.RecordedAnswer;
import dev.replayharness.network.RecordedExchanges;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each request of a replayed page goes: blocked by the network policy, answered with the recorded response
 * (or the HAR's), withheld, or sent to the target (moved onto it when its origin is mapped). Tells the page watch
 * who answered each request, so every step's network log says which requests the recording answered.
 */
final class PageNetwork {

    /** Why a withheld request was not sent, as the step's blocked list shows it. */
    static final String WITHHELD = "not in the recording (--network recorded-only)";

    private final NetworkPolicy policy;
    private final NetworkMode mode;
    private final RecordedExchanges exchanges;
    private final PageWatch watch;

    /**
     * @param exchanges the recording's responses, or null unless the mode answers from the recording
     */
    PageNetwork(NetworkPolicy policy, NetworkMode mode, RecordedExchanges exchanges, PageWatch watch) {
        this.policy = policy;
        this.mode = mode;
        this.exchanges = exchanges;
        this.watch = watch;
    }

    /** Routes every request of {@code context}; with {@code har} (a HAR on the target's origin) answering first. */
    void install(BrowserContext context, Path har) {
        context.route("**/*", this::handle);
        if (har != null) {
            // Registered last, so it is asked first; what it lacks falls back to the route above.
            context.routeFromHAR(har, new BrowserContext.RouteFromHAROptions().setNotFound(HarNotFound.FALLBACK));
            watch.apiCallsUnseenByTheRouteAreRecorded();
        }
    }

    /** A call the page's own code makes for data (fetch, XHR), as opposed to loading the build's resources. */
    static boolean isApiCall(Request request) {
        String type = request.resourceType();
        return "fetch".equals(type) || "xhr".equals(type);
    }

    private void handle(Route route) {
        Request request = route.request();
        String url = request.url();
        Optional<String> to = policy.route(url);
        boolean apiCall = isApiCall(request);
        if (mode instanceof NetworkMode.Recorded recorded) {
            // Asked before the policy: answering from the recording calls nobody, so an API on an origin the
            // replay may not reach (production's api.example.com) is answered too.
            Optional<RecordedExchanges.Match> match = exchanges.answer(request.method(), to.orElse(url),
                    request.postData());
            if (match.isPresent()) {
                watch.answeredBy(request, RequestRecord.Source.RECORDING);
                fulfil(route, request, match.get().answer());
                return;
            }
            if (apiCall && recorded.withholdUnrecorded() && to.isPresent()) {
                watch.blocked(request, WITHHELD);
                route.abort("blockedbyclient");
                return;
            }
        }
        if (to.isEmpty()) {
            watch.blocked(request, null);
            route.abort("blockedbyclient");
            return;
        }
        if (mode.answersFromRecord()) {
            watch.answeredBy(request, apiCall ? RequestRecord.Source.UNRECORDED : RequestRecord.Source.TARGET);
        }
        if (to.get().equals(url)) {
            route.resume();
        } else {
            route.resume(new Route.ResumeOptions().setUrl(to.get()));
        }
    }

    private void fulfil(Route route, Request request, RecordedAnswer answer) {
        Map<String, String> headers = new HashMap<>(answer.headers());
        String location = headers.get("location");
        if (location != null) {
            headers.put("location", policy.addressFor(location));
        }
        String origin = request.headerValue("origin");
        if (origin != null) {
            // The recorded CORS headers name the recorded site; the replayed page asks from the target's origin.
            headers.put("access-control-allow-origin", origin);
            headers.put("access-control-allow-credentials", "true");
        }
        route.fulfill(new Route.FulfillOptions().setStatus(answer.status()).setHeaders(headers)
                .setBody(answer.body()));
    }
}
