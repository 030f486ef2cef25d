package dev.replayharness.journey;

import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.event.Custom;
import dev.replayharness.event.Meta;

import java.util.HashSet;
import java.util.Set;

/**
 * The pages the user went to: the first page, addresses they loaded themselves, and back and forward moves among
 * the pages a window showed. A page change a step caused (a link clicked, a form submitted, a redirect after it)
 * is no step of its own but that step's {@link Step#urlAfter()}.
 */
final class PageGestures {

    /** A navigation this soon after a user's step, with no other step between, is that step's effect. */
    private static final long CAUSE_MILLIS = 10_000;
    /** A page load this soon after a click on no link may be the click's script leaving; later it is the user's. */
    private static final long SCRIPT_NAVIGATION_MILLIS = 2_000;
    /** A page view this soon after a button went down, before its click, waits for the click. */
    private static final long PRESS_MILLIS = 1_000;

    private final StepLog log;
    private String startUrl;
    private int viewportWidth;
    private int viewportHeight;
    private boolean urlChangesSeen;
    /** A page view reported while a button was down, waiting for its click. */
    private RecordedEvent deferredPageview;
    private String deferredHref;
    /** Step numbers that already led to a page change: the next change is a redirect or the user's own move. */
    private final Set<Integer> causedNavigation = new HashSet<>();

    PageGestures(StepLog log) {
        this.log = log;
    }

    String startUrl() {
        return startUrl;
    }

    int viewportWidth() {
        return viewportWidth;
    }

    int viewportHeight() {
        return viewportHeight;
    }

    boolean urlChangesSeen() {
        return urlChangesSeen;
    }

    /** A page loaded (or snapshotted again): the first one also tells the viewport the journey starts in. */
    void meta(RecordedEvent recorded, Meta meta) {
        page(recorded, meta.href(), true);
        if (viewportWidth == 0) {
            viewportWidth = meta.width();
            viewportHeight = meta.height();
        }
    }

    /** posthog-js reports an address change without a page load (a single-page app's route). */
    void pageview(RecordedEvent recorded, Custom pageview) {
        urlChangesSeen = true;
        String href = pageview.pageviewHref().orElse(null);
        if (log.pressed != null && recorded.timestamp() - log.pressed.timestamp() <= PRESS_MILLIS) {
            // A router that acts on the press (or whose listener runs before the recorder's) reports the new
            // address before the click is recorded: it is the click's effect, so it waits for the click.
            flushPageview();
            deferredPageview = recorded;
            deferredHref = href;
            return;
        }
        page(recorded, href, false);
    }

    /** The click a deferred page view waited for has been read (or never will be): the page view counts now. */
    void flushPageview() {
        if (deferredPageview != null) {
            RecordedEvent pageview = deferredPageview;
            deferredPageview = null;
            page(pageview, deferredHref, false);
        }
    }

    private void page(RecordedEvent recorded, String href, boolean load) {
        if (href == null || href.isEmpty()) {
            return;
        }
        log.activity(recorded.timestamp());
        WindowHistory history = log.history(recorded.window());
        if (history.current == null) {
            history.push(href);
            if (startUrl == null) {
                startUrl = href;
            }
            log.add(recorded, new Action.Navigate(href, Action.NavigationKind.FIRST));
            log.pageChangedAt = recorded.timestamp();
            return;
        }
        if (href.equals(history.current)) {
            return; // a new snapshot of the same page (posthog-js takes them), not a navigation
        }
        log.pageChangedAt = recorded.timestamp();
        Step last = log.lastIn(recorded.window());
        boolean userStep = last != null && !(last.action() instanceof Action.Navigate)
                && !(last.action() instanceof Action.History) && !(last.action() instanceof Action.Scroll)
                && !(last.action() instanceof Action.Resize);
        boolean recent = last != null && recorded.timestamp() - last.timestamp() <= CAUSE_MILLIS;
        boolean backOrForward = history.position > 0 && samePage(href, history.urls.get(history.position - 1))
                || history.position + 1 < history.urls.size()
                && samePage(href, history.urls.get(history.position + 1));
        // Returning to the page before (or after) is the browser's back (forward) button unless the last step could
        // have gone there itself: a link, a submit button. A page load long after a click on something that is no
        // link is the user's own (a typed address, a bookmark): a script the click ran would have left at once.
        boolean couldLead = userStep && log.couldNavigate(last);
        boolean scriptedSoon = last != null && recorded.timestamp() - last.timestamp() <= SCRIPT_NAVIGATION_MILLIS;
        boolean caused = userStep && recent && (couldLead || !backOrForward && (!load || scriptedSoon));
        if (caused && causedNavigation.add(last.number())) {
            history.push(href); // the click or submit led here
            log.setUrlAfter(last, href);
            return;
        }
        if (history.position > 0 && samePage(href, history.urls.get(history.position - 1))) {
            history.position--;
            history.current = href;
            log.add(recorded, new Action.History(Action.HistoryDirection.BACK, href));
        } else if (history.position + 1 < history.urls.size()
                && samePage(href, history.urls.get(history.position + 1))) {
            history.position++;
            history.current = href;
            log.add(recorded, new Action.History(Action.HistoryDirection.FORWARD, href));
        } else if (load && !caused) {
            history.push(href);
            log.add(recorded, new Action.Navigate(href, Action.NavigationKind.LOAD));
        } else {
            history.push(href); // a redirect, by the server or the app: still the last step's effect
            if (last != null) {
                log.setUrlAfter(last, href);
            }
        }
    }

    /**
     * The same page, fragments aside: jumping to an anchor changes the address without a page load, so the entry
     * the back button returns to may carry a fragment the recording never saw.
     */
    static boolean samePage(String a, String b) {
        int hashA = a.indexOf('#');
        int hashB = b.indexOf('#');
        return (hashA < 0 ? a : a.substring(0, hashA)).equals(hashB < 0 ? b : b.substring(0, hashB));
    }
}
