package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A recorder-plugin event (type 6), such as console output or network requests.
 *
 * @param plugin the plugin name, e.g. {@value PluginPayload#CONSOLE}; null when absent
 */
public record Plugin(long timestamp, String plugin, JsonNode raw) implements RrwebEvent {

    public Plugin {
        Objects.requireNonNull(raw, "raw");
    }

    @Override
    public int typeCode() {
        return EventType.PLUGIN.code();
    }

    /** The payload, typed for the plugins this harness knows; parsed anew on each call. */
    public PluginPayload payload() {
        return PluginPayload.of(plugin, raw.path("data").path("payload"));
    }
}
