package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The payload of a plugin this harness does not interpret, kept as given.
 *
 * @param plugin the plugin name, or null when the event had none
 * @param raw    the {@code data.payload} as given; a missing node when absent
 */
public record OtherPluginPayload(String plugin, JsonNode raw) implements PluginPayload {
}
