package dev.replayharness.capture.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A session finalised, before it is stored.
 *
 * @param sessionId the session
 * @param bundle    its portable bundle (a file)
 * @param context   its other events, a JSON array file (pageviews, custom events), or null when it had none
 */
public record FinalisedSession(String sessionId, Path bundle, Path context) {

    public FinalisedSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(bundle, "bundle");
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalArgumentException("session " + sessionId + ": no bundle file at " + bundle);
        }
        if (context != null && !Files.isRegularFile(context)) {
            throw new IllegalArgumentException("session " + sessionId + ": no context file at " + context);
        }
    }
}
