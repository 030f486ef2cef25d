package dev.replayharness.run;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import dev.replayharness.network.RequestKey;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the page does while a step runs: console output, uncaught errors, failed and blocked requests, and the
 * requests still in flight (a step that times out names them).
 */
final class PageWatch {

    final List<ConsoleEntry> console = new ArrayList<>();
    final List<String> pageErrors = new ArrayList<>();
    final List<RequestRecord> failedRequests = new ArrayList<>();
    final List<RequestRecord> blockedRequests = new ArrayList<>();
    final Set<Request> inFlight = new LinkedHashSet<>();
    /** Every request of this step that ended, answered or not, in the order they ended: the step's network log. */
    final List<RequestRecord> requests = new ArrayList<>();
    /** The status each answered request got, until it ends. */
    private final java.util.Map<Request, Integer> statuses = new java.util.HashMap<>();
    /** Who answers each request whose answer does not come from the target, until it ends. */
    private final java.util.Map<Request, RequestRecord.Source> sources = new java.util.HashMap<>();
    /** API calls that end without the route having seen them were answered by Playwright's HAR route. */
    private boolean unseenApiCallsFromRecording;
    boolean crashed;

    void attach(Page page) {
        page.onConsoleMessage(message -> console.add(new ConsoleEntry(levelOf(message), message.text())));
        page.onPageError(error -> pageErrors.add(error));
        page.onRequest(inFlight::add);
        page.onRequestFinished(request -> {
            inFlight.remove(request);
            double took = request.timing().responseEnd;
            requests.add(new RequestRecord(request.method(), request.url(), statuses.getOrDefault(request, 0), null,
                    took >= 0 ? took : -1, sourceOf(request)));
            statuses.remove(request);
            sources.remove(request);
        });
        page.onRequestFailed(request -> {
            inFlight.remove(request);
            String failure = request.failure();
            if (failure != null && failure.contains("ERR_BLOCKED_BY_CLIENT")) {
                return; // counted as blocked by the route
            }
            RequestRecord failed = RequestRecord.unanswered(request.method(), request.url(), failure)
                    .from(sourceOf(request));
            failedRequests.add(failed);
            requests.add(failed);
            statuses.remove(request);
            sources.remove(request);
        });
        page.onResponse(response -> {
            statuses.put(response.request(), response.status());
            if (response.status() >= 400) {
                failedRequests.add(RequestRecord.answered(response.request().method(), response.url(), response.status())
                        .from(sourceOf(response.request())));
            }
        });
        page.onCrash(crashedPage -> crashed = true);
    }

    /** From now on, API calls the route never saw were answered by a HAR route registered after it. */
    void apiCallsUnseenByTheRouteAreRecorded() {
        unseenApiCallsFromRecording = true;
    }

    /** The route answered {@code request} other than by sending it to the target. */
    void answeredBy(Request request, RequestRecord.Source source) {
        sources.put(request, source);
    }

    /** The route blocked {@code request}, for {@code reason} (null: the network policy). */
    void blocked(Request request, String reason) {
        blockedRequests.add(RequestRecord.unanswered(request.method(), request.url(), reason)
                .from(reason == null ? RequestRecord.Source.TARGET : RequestRecord.Source.WITHHELD));
    }

    private RequestRecord.Source sourceOf(Request request) {
        RequestRecord.Source source = sources.get(request);
        if (source != null) {
            return source;
        }
        // The route marks every request it sees in HAR mode, so an API call it never saw was answered by the HAR.
        return unseenApiCallsFromRecording && PageNetwork.isApiCall(request)
                ? RequestRecord.Source.RECORDING : RequestRecord.Source.TARGET;
    }

    /**
     * Chromium logs each failed resource load as a console error of its own ("Failed to load resource: ..."). It
     * is no call of the page's (a recorder's console plugin never sees it) and the request itself is judged as a
     * failed request, so it is kept under the level {@code browser}, not {@code error}.
     */
    static String levelOf(com.microsoft.playwright.ConsoleMessage message) {
        String text = message.text();
        boolean browsersOwn = text != null && text.startsWith("Failed to load resource:");
        return browsersOwn ? ConsoleEntry.BROWSER : message.type();
    }

    /** Clears what belongs to the previous step; requests in flight stay. */
    void nextStep() {
        console.clear();
        pageErrors.clear();
        failedRequests.clear();
        blockedRequests.clear();
        requests.clear();
    }

    /**
     * The step's requests slower than {@code limitMillis}, one per method and address (the slowest of them), named
     * by method, address and time alone: a slow answer is judged by how long it took, not by what it said.
     */
    List<RequestRecord> slowerThan(long limitMillis) {
        java.util.Map<RequestKey, RequestRecord> slowest = new java.util.LinkedHashMap<>();
        for (RequestRecord request : requests) {
            if (request.failure() == null && request.durationMillis() >= 0) {
                slowest.merge(RequestKey.of(request.method(), request.url()),
                        new RequestRecord(request.method(), request.url(), 0, null, request.durationMillis()),
                        (before, now) -> now.durationMillis() > before.durationMillis() ? now : before);
            }
        }
        return slowest.values().stream().filter(request -> request.durationMillis() > limitMillis).toList();
    }

    String pending() {
        if (inFlight.isEmpty()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (Request request : inFlight) {
            names.add(request.method() + " " + request.url());
            if (names.size() == 5) {
                break;
            }
        }
        return "; requests still pending: " + String.join(", ", names) + (inFlight.size() > 5 ? ", ..." : "");
    }
}
