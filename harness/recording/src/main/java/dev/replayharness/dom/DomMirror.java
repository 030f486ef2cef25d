package dev.replayharness.dom;

import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The DOM of every window of a recording, in Java, at any moment. Built with one pass over the events that
 * keeps a copy of each window's DOM every {@value #CHECKPOINT_EVERY} events, so reaching a moment applies at
 * most that many events to a copy of the nearest earlier checkpoint.
 */
public final class DomMirror {

    static final int CHECKPOINT_EVERY = 500;

    /** One window's events and checkpoints. */
    private static final class WindowTrack {
        final List<RecordedEvent> events = new ArrayList<>();
        final TreeMap<Integer, DocumentState> checkpoints = new TreeMap<>();
        final DocumentState live = new DocumentState();
    }

    private final Map<Integer, WindowTrack> windows;
    private final List<MirrorWarning> warnings;

    private DomMirror(Map<Integer, WindowTrack> windows, List<MirrorWarning> warnings) {
        this.windows = windows;
        this.warnings = List.copyOf(warnings);
    }

    /** Reads every event of the recording once and mirrors each window's DOM. */
    public static DomMirror of(Recording recording) {
        Map<Integer, WindowTrack> windows = new TreeMap<>();
        List<MirrorWarning> warnings = new ArrayList<>();
        try (EventStream events = recording.events()) {
            while (events.hasNext()) {
                RecordedEvent event = events.next();
                WindowTrack track = windows.computeIfAbsent(event.window(), w -> new WindowTrack());
                track.live.apply(event, message -> warnings.add(
                        new MirrorWarning(event.index(), event.timestamp(), message)));
                track.events.add(event);
                int position = track.events.size() - 1;
                if (position % CHECKPOINT_EVERY == CHECKPOINT_EVERY - 1) {
                    track.checkpoints.put(position, track.live.copy());
                }
            }
        }
        return new DomMirror(windows, warnings);
    }

    /** What could not be applied, in event order. */
    public List<MirrorWarning> warnings() {
        return warnings;
    }

    /** The window indexes that have events. */
    public List<Integer> windows() {
        return List.copyOf(windows.keySet());
    }

    /** The page of {@code window} once every event up to and including {@code timestamp} is applied. */
    public PageState at(long timestamp, int window) {
        WindowTrack track = track(window);
        int last = lastAtOrBefore(track.events, timestamp);
        return new PageState(stateAfter(track, last), last < 0 ? null : track.events.get(last));
    }

    /**
     * The page of the event's window just before the event: what the user saw when they pressed, typed or
     * scrolled.
     */
    public PageState before(RecordedEvent event) {
        WindowTrack track = track(event.window());
        int low = 0;
        int high = track.events.size() - 1;
        int position = track.events.size();
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (track.events.get(middle).index() >= event.index()) {
                position = middle;
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        int last = position - 1;
        return new PageState(stateAfter(track, last), last < 0 ? null : track.events.get(last));
    }

    /** The page of {@code window} after its last event. */
    public PageState end(int window) {
        WindowTrack track = track(window);
        int last = track.events.size() - 1;
        return new PageState(stateAfter(track, last), last < 0 ? null : track.events.get(last));
    }

    /**
     * When the page had settled after {@code timestamp}: the last event of the burst of changes that follows it,
     * where a gap longer than {@code quietMillis} ends the burst; never later than {@code limit}. This is the
     * recording's counterpart of a replay waiting for the page to go quiet after a step.
     */
    public long settledAfter(long timestamp, int window, long quietMillis, long limit) {
        WindowTrack track = track(window);
        long last = timestamp;
        for (int i = Math.max(0, lastAtOrBefore(track.events, timestamp) + 1); i < track.events.size(); i++) {
            long at = track.events.get(i).timestamp();
            if (at > limit || at - last > quietMillis) {
                break;
            }
            if (changesPage(track.events.get(i))) {
                last = at;
            }
        }
        return Math.min(last, limit);
    }

    private static boolean changesPage(RecordedEvent event) {
        if (event.event() instanceof dev.replayharness.event.Incremental incremental) {
            return incremental.source().map(source -> switch (source) {
                case MUTATION, INPUT, SCROLL, VIEWPORT_RESIZE, STYLE_SHEET_RULE, STYLE_DECLARATION,
                     ADOPTED_STYLE_SHEET, MEDIA_INTERACTION, CANVAS_MUTATION -> true;
                default -> false;
            }).orElse(false);
        }
        return event.event() instanceof dev.replayharness.event.FullSnapshot
                || event.event() instanceof dev.replayharness.event.Meta;
    }

    /** Epoch millis of a window's first and last events. */
    public long[] span(int window) {
        WindowTrack track = track(window);
        return new long[] {track.events.get(0).timestamp(), track.events.get(track.events.size() - 1).timestamp()};
    }

    private WindowTrack track(int window) {
        WindowTrack track = windows.get(window);
        if (track == null) {
            throw new IllegalArgumentException("no window " + window + "; the recording has " + windows.keySet());
        }
        return track;
    }

    private static DocumentState stateAfter(WindowTrack track, int last) {
        var checkpoint = track.checkpoints.floorEntry(last);
        DocumentState state = checkpoint == null ? new DocumentState() : checkpoint.getValue().copy();
        int from = checkpoint == null ? 0 : checkpoint.getKey() + 1;
        for (int i = from; i <= last; i++) {
            state.apply(track.events.get(i), message -> { });
        }
        return state;
    }

    private static int lastAtOrBefore(List<RecordedEvent> events, long timestamp) {
        int low = 0;
        int high = events.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).timestamp() <= timestamp) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
