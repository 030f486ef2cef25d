package dev.replayharness.network;

import dev.replayharness.ReplayException;

/**
 * The network a replay was asked to answer from cannot be used: a HAR that is missing or does not parse, a
 * recording with no response to give. The message names the file, the problem and what to do instead.
 */
public final class NetworkDataException extends ReplayException {

    public NetworkDataException(String message) {
        super(message);
    }

    public NetworkDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
