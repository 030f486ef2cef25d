package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * Data of an incremental source this harness does not know; kept as given so newer recordings still load.
 *
 * @param raw the data as given (a missing node when the event had none)
 */
public record OtherIncrementalData(int sourceCode, JsonNode raw) implements IncrementalData {

    public OtherIncrementalData {
        Objects.requireNonNull(raw, "raw");
    }
}
