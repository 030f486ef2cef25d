package dev.replayharness.activity;

import dev.replayharness.bundle.EventStream;
import dev.replayharness.bundle.RecordedEvent;
import dev.replayharness.bundle.Recording;
import dev.replayharness.event.ConsolePayload;
import dev.replayharness.event.NetworkPayload;
import dev.replayharness.event.NetworkRequest;
import dev.replayharness.event.Plugin;

import java.util.ArrayList;
import java.util.List;

/**
 * The console messages (rrweb's console plugin, which posthog-js also uses) and network requests (posthog-js's
 * network plugin) of a recording, in recorded order.
 *
 * @param console         every console call
 * @param requests        every recorded request
 * @param networkRecorded whether the recording has network data at all (no requests may mean none were captured)
 */
public record RecordedActivity(List<ConsoleMessage> console, List<RecordedRequest> requests,
                               boolean networkRecorded) {

    public RecordedActivity {
        console = List.copyOf(console);
        requests = List.copyOf(requests);
    }

    /** Reads the recording's plugin events once. */
    public static RecordedActivity of(Recording recording) {
        List<ConsoleMessage> console = new ArrayList<>();
        List<RecordedRequest> requests = new ArrayList<>();
        boolean network = false;
        try (EventStream events = recording.events()) {
            while (events.hasNext()) {
                RecordedEvent event = events.next();
                if (!(event.event() instanceof Plugin plugin)) {
                    continue;
                }
                if (plugin.payload() instanceof ConsolePayload call) {
                    console.add(new ConsoleMessage(event.timestamp(), call.level() == null ? "log" : call.level(),
                            String.join(" ", unquoted(call.payload())), call.trace()));
                } else if (plugin.payload() instanceof NetworkPayload batch) {
                    network = true;
                    for (NetworkRequest request : batch.requests()) {
                        requests.add(new RecordedRequest(event.timestamp(), request));
                    }
                }
            }
        }
        return new RecordedActivity(console, requests, network);
    }

    /** The recorder writes a string argument as JSON text, quotes included; a message reads without them. */
    private static List<String> unquoted(List<String> payload) {
        List<String> parts = new ArrayList<>();
        for (String part : payload) {
            parts.add(part.length() >= 2 && part.startsWith("\"") && part.endsWith("\"")
                    ? part.substring(1, part.length() - 1) : part);
        }
        return parts;
    }
}
