package dev.replayharness.bundle;

import dev.replayharness.event.ConsolePayload;
import dev.replayharness.event.Custom;
import dev.replayharness.event.FullSnapshot;
import dev.replayharness.event.Incremental;
import dev.replayharness.event.IncrementalSource;
import dev.replayharness.event.InputData;
import dev.replayharness.event.Meta;
import dev.replayharness.event.MouseInteraction;
import dev.replayharness.event.MouseInteractionData;
import dev.replayharness.event.NetworkPayload;
import dev.replayharness.event.Plugin;
import dev.replayharness.event.RrwebEvent;
import dev.replayharness.event.ScrollData;
import dev.replayharness.event.UnknownEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Counts what a recording holds while its events stream past, once. */
final class MetadataCollector {

    /** Scroll or resize events further apart than this start a new gesture (a wheel notch comes every ~100 ms). */
    private static final long GESTURE_GAP_MILLIS = 400;

    private final Map<String, Long> byType = new TreeMap<>();
    private final Map<String, Long> bySource = new TreeMap<>();
    private final Set<String> pages = new LinkedHashSet<>();
    private final Map<Integer, long[]> windowStats = new HashMap<>();
    private final Set<Integer> windowsWithSnapshot = new java.util.HashSet<>();
    private static final int MAX_LISTED = 5;
    private final List<String> malformedExamples = new ArrayList<>();
    private long malformed;
    private long count;
    private long start;
    private long end;
    private long clicks;
    private long inputs;
    private long scrolls;
    private long resizes;
    private long navigations;
    private long consoleErrors;
    private long requests;
    private long failed;
    private long unknown;
    private long beforeSnapshot;
    private String currentUrl;
    private int lastInputId = Integer.MIN_VALUE;
    private int focusedId = Integer.MIN_VALUE;
    private int clickedId = Integer.MIN_VALUE;
    private boolean pressed;
    private int lastScrollId = Integer.MIN_VALUE;
    private long lastScrollAt = Long.MIN_VALUE / 2;
    private long lastResizeAt = Long.MIN_VALUE / 2;

    void accept(RecordedEvent recorded) {
        try {
            count(recorded);
        } catch (IllegalArgumentException e) {
            // A damaged event is counted as an event but not as an interaction; the read goes on.
            if (malformed++ < MAX_LISTED) {
                malformedExamples.add("event " + recorded.index() + ": " + e.getMessage());
            }
        }
    }

    private void count(RecordedEvent recorded) {
        RrwebEvent event = recorded.event();
        long t = event.timestamp();
        if (count++ == 0) {
            start = t;
        }
        end = Math.max(end, t);
        long[] stats = windowStats.computeIfAbsent(recorded.window(), w -> new long[] {t, t, 0});
        stats[1] = Math.max(stats[1], t);
        stats[2]++;
        byType.merge(event.type().map(Enum::name).map(MetadataCollector::pascal).orElse("Unknown"), 1L, Long::sum);
        if (event instanceof FullSnapshot) {
            windowsWithSnapshot.add(recorded.window());
        } else if (event instanceof Meta meta) {
            page(meta.href(), true);
        } else if (event instanceof Custom custom && "$pageview".equals(custom.tag())) {
            page(custom.payload().path("href").asText(null), false);
        } else if (event instanceof Incremental incremental) {
            incremental(recorded, incremental);
        } else if (event instanceof Plugin plugin) {
            plugin(plugin);
        } else if (event instanceof UnknownEvent) {
            unknown++;
        }
    }

    private void page(String href, boolean load) {
        if (href == null || href.isEmpty()) {
            return;
        }
        if (load || !href.equals(currentUrl)) {
            navigations++;
        }
        currentUrl = href;
        pages.add(href);
    }

    private void incremental(RecordedEvent recorded, Incremental incremental) {
        String source = incremental.source().map(Enum::name).map(MetadataCollector::pascal)
                .orElse("Source" + incremental.sourceCode());
        bySource.merge(source, 1L, Long::sum);
        if (!windowsWithSnapshot.contains(recorded.window())) {
            beforeSnapshot++;
        }
        IncrementalSource kind = incremental.source().orElse(null);
        if (kind == null) {
            return;
        }
        long t = incremental.timestamp();
        switch (kind) {
            case MOUSE_INTERACTION -> pointer((MouseInteractionData) incremental.data());
            case INPUT -> {
                // Scripts set values too (a framework rendering a field, the other radios of a group): only a
                // change to the field the user is in, or just clicked, is theirs.
                InputData data = (InputData) incremental.data();
                boolean theirs = data.id() == focusedId || data.id() == clickedId;
                if (theirs && data.id() != lastInputId) {
                    inputs++;
                }
                if (theirs) {
                    lastInputId = data.id();
                }
            }
            case SCROLL -> {
                ScrollData data = (ScrollData) incremental.data();
                if (data.id() != lastScrollId || t - lastScrollAt > GESTURE_GAP_MILLIS) {
                    scrolls++;
                }
                lastScrollId = data.id();
                lastScrollAt = t;
            }
            case VIEWPORT_RESIZE -> {
                if (t - lastResizeAt > GESTURE_GAP_MILLIS) {
                    resizes++;
                }
                lastResizeAt = t;
            }
            case LOG -> {
                if ("error".equals(incremental.raw().path("data").path("level").asText())) {
                    consoleErrors++;
                }
            }
            default -> { }
        }
    }

    /** A click counts when a button went down for it: browsers also fire clicks for Enter in a form. */
    private void pointer(MouseInteractionData data) {
        MouseInteraction type = data.type().orElse(null);
        if (type == null) {
            return;
        }
        switch (type) {
            case MOUSE_DOWN, TOUCH_START -> pressed = true;
            case CLICK -> {
                if (pressed) {
                    clicks++;
                    pressed = false;
                    clickedId = data.id();
                    lastInputId = Integer.MIN_VALUE;
                }
            }
            case FOCUS -> {
                if (data.id() != focusedId) {
                    lastInputId = Integer.MIN_VALUE;
                }
                focusedId = data.id();
            }
            case BLUR -> {
                if (data.id() == focusedId) {
                    focusedId = Integer.MIN_VALUE;
                }
            }
            default -> { }
        }
    }

    private void plugin(Plugin plugin) {
        if (plugin.payload() instanceof ConsolePayload console && "error".equals(console.level())) {
            consoleErrors++;
        } else if (plugin.payload() instanceof NetworkPayload network) {
            requests += network.requests().size();
            failed += network.requests().stream().filter(request -> request.failed()).count();
        }
    }

    /** MOUSE_INTERACTION → MouseInteraction, as rrweb names them. */
    static String pascal(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.toLowerCase().split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    RecordingMetadata result(List<String> files, SourceFormat format, SourceFormat origin, String sessionId,
                             List<String> windowIds, long readCount, List<String> readerWarnings) {
        List<WindowInfo> windows = new ArrayList<>();
        for (int i = 0; i < windowIds.size(); i++) {
            long[] stats = windowStats.getOrDefault(i, new long[] {0, 0, 0});
            windows.add(new WindowInfo(i, windowIds.get(i), stats[0], stats[1], stats[2]));
        }
        List<String> all = new ArrayList<>(readerWarnings);
        if (readCount > count) {
            all.add((readCount - count) + " exact duplicate events dropped");
        }
        if (malformed > 0) {
            all.add(malformed + " events have damaged data and were not counted as interactions: "
                    + String.join("; ", malformedExamples) + (malformed > MAX_LISTED ? "; ..." : ""));
        }
        if (unknown > 0) {
            all.add(unknown + " events of unknown types kept as they are");
        }
        if (beforeSnapshot > 0) {
            all.add(beforeSnapshot + " incremental events come before their window's first full snapshot");
        }
        if (count > 0 && windowsWithSnapshot.isEmpty()) {
            all.add("no full snapshot: the page cannot be rebuilt from this recording");
        }
        if (count == 0) {
            all.add("the recording holds no events");
        }
        return new RecordingMetadata(files, format, origin, sessionId, windows, start, end, new ArrayList<>(pages),
                count, readCount - count, byType, bySource,
                new Interactions(clicks, inputs, scrolls, resizes, navigations), consoleErrors, requests, failed, all);
    }
}
