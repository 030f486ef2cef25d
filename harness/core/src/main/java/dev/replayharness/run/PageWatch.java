package dev.replayharness.run;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;

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
    boolean crashed;

    void attach(Page page) {
        page.onConsoleMessage(message -> console.add(new ConsoleEntry(levelOf(message), message.text())));
        page.onPageError(error -> pageErrors.add(error));
        page.onRequest(inFlight::add);
        page.onRequestFinished(request -> {
            inFlight.remove(request);
            double took = request.timing().responseEnd;
            requests.add(new RequestRecord(request.method(), request.url(), statuses.getOrDefault(request, 0), null,
                    took >= 0 ? took : -1));
            statuses.remove(request);
        });
        page.onRequestFailed(request -> {
            inFlight.remove(request);
            String failure = request.failure();
            if (failure != null && failure.contains("ERR_BLOCKED_BY_CLIENT")) {
                return; // counted as blocked by the route
            }
            failedRequests.add(RequestRecord.unanswered(request.method(), request.url(), failure));
            requests.add(RequestRecord.unanswered(request.method(), request.url(), failure));
            statuses.remove(request);
        });
        page.onResponse(response -> {
            statuses.put(response.request(), response.status());
            if (response.status() >= 400) {
                failedRequests.add(RequestRecord.answered(response.request().method(), response.url(), response.status()));
            }
        });
        page.onCrash(crashedPage -> crashed = true);
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
        java.util.Map<String, RequestRecord> slowest = new java.util.LinkedHashMap<>();
        for (RequestRecord request : requests) {
            if (request.failure() == null && request.durationMillis() >= 0) {
                slowest.merge(request.method() + " " + request.url(),
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
