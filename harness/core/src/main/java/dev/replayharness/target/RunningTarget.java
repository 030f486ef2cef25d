package dev.replayharness.target;

import java.net.URI;

/** A started target. Closing it stops whatever starting it began; it never throws. */
public interface RunningTarget extends AutoCloseable {

    /** Where the app answers, e.g. {@code http://127.0.0.1:41234/}. */
    URI baseUrl();

    @Override
    void close();
}
