package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

/** The payload of a {@link Plugin} event, typed for the plugins the harness uses and kept raw for the rest. */
public sealed interface PluginPayload permits ConsolePayload, NetworkPayload, OtherPluginPayload {

    /** rrweb's console-record plugin. */
    String CONSOLE = "rrweb/console@1";

    /** The network plugin (PostHog's, which reuses rrweb's naming). */
    String NETWORK = "rrweb/network@1";

    /** Types a payload by plugin name; never throws, since payload fields are all optional. */
    static PluginPayload of(String plugin, JsonNode payload) {
        if (CONSOLE.equals(plugin)) {
            return ConsolePayload.parse(payload);
        }
        if (NETWORK.equals(plugin)) {
            return NetworkPayload.parse(payload);
        }
        return new OtherPluginPayload(plugin, payload);
    }
}
