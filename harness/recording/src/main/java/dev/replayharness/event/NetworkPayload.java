package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A batch of network requests recorded by {@value PluginPayload#NETWORK}. */
public record NetworkPayload(List<NetworkRequest> requests) implements PluginPayload {

    public NetworkPayload {
        requests = List.copyOf(requests);
    }

    static NetworkPayload parse(JsonNode payload) {
        return new NetworkPayload(Json.list(payload, "requests", NetworkRequest::parse));
    }
}
