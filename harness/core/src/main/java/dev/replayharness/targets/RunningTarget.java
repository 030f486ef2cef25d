package dev.replayharness.targets;

import java.net.URI;

/** A started target. Closing it stops whatever starting it began; it never throws. */
public interface RunningTarget extends AutoCloseable {

    /** Where the app answers, e.g. {@code http://127.0.0.1:41234/}. */
    URI baseUrl();

    @Override
    void close();

    /** A started target at {@code baseUrl} that {@code stop} stops (it must not throw). */
    static RunningTarget of(URI baseUrl, Runnable stop) {
        return new RunningTarget() {
            @Override
            public URI baseUrl() {
                return baseUrl;
            }

            @Override
            public void close() {
                stop.run();
            }
        };
    }
}
