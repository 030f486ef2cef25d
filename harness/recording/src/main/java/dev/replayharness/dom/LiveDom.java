package dev.replayharness.dom;

import dev.replayharness.bundle.RecordedEvent;

import java.util.HashMap;
import java.util.Map;

/**
 * The DOM of every window as events are applied one at a time, for a single pass that needs the page at each
 * event (journey extraction). Unlike {@link DomMirror} it keeps no history and makes no copies: a {@link #view}
 * shows the page now and is only valid until the next {@link #apply}.
 */
public final class LiveDom {

    private final Map<Integer, DocumentState> windows = new HashMap<>();

    /** Applies one event to its window; what cannot be applied is skipped, as in {@link DomMirror}. */
    public void apply(RecordedEvent event) {
        windows.computeIfAbsent(event.window(), w -> new DocumentState()).apply(event, message -> { });
    }

    /** The window's page as it is now; read it before the next {@link #apply}. */
    public PageState view(int window) {
        return new PageState(windows.computeIfAbsent(window, w -> new DocumentState()), null);
    }
}
