package dev.replayharness.bundle;

import dev.replayharness.ReplayException;

/** A remote location that cannot be read: the message names the location, the problem and what would fix it. */
public final class RemoteLocationException extends ReplayException {

    private final String location;

    public RemoteLocationException(String location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
    }

    public RemoteLocationException(String location, String problem) {
        this(location, problem, null);
    }

    /** The location as the user gave it. */
    public String location() {
        return location;
    }
}
