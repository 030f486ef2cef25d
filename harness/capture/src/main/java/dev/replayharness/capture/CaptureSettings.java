package dev.replayharness.capture;

import dev.replayharness.capture.store.StoreLocation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a capture server runs.
 *
 * @param host              the address to listen on ({@code 127.0.0.1}, or {@code 0.0.0.0} for every interface)
 * @param port              the port; 0 picks a free one
 * @param folder            the work folder: journals of open sessions and temporary files
 * @param store             where finalised bundles go: a folder or an S3 bucket's prefix
 * @param idle              a session with nothing new for this long is finalised (PostHog's rule: 30 minutes)
 * @param maxBodyBytes      a request body beyond this is refused (413)
 * @param maxDecodedBytes   a body that decodes (gunzips) beyond this is refused (413)
 * @param maxOpenSessions   sessions journaled at once; a new one beyond is refused (503, which posthog-js retries)
 * @param requestsPerSecond requests a client (by address) may send per second on average; beyond, 429
 * @param recordConsole     the remote config turns console capture on
 * @param recordNetwork     the remote config turns network capture on, headers and bodies
 * @param forward           the PostHog host every request also goes to (forward mode), or null
 */
public record CaptureSettings(String host, int port, Path folder, StoreLocation store, Duration idle, long maxBodyBytes,
                              long maxDecodedBytes, int maxOpenSessions, int requestsPerSecond, boolean recordConsole,
                              boolean recordNetwork, java.net.URI forward) {

    public CaptureSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(idle, "idle");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not 0..65535");
        }
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive, not " + idle);
        }
        if (maxBodyBytes <= 0 || maxDecodedBytes <= 0 || maxOpenSessions <= 0 || requestsPerSecond <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Loopback, a free port, bundles in {@code folder/bundles}, PostHog's limits (25 MB of {@code /s/} body) and
     * idle rule, 10,000 open sessions, 200 requests a second per client, console and network captured.
     */
    public static CaptureSettings defaults(Path folder) {
        return new CaptureSettings("127.0.0.1", 0, folder, new StoreLocation.Folder(folder.resolve("bundles")),
                Duration.ofMinutes(30), 25L << 20, 100L << 20, 10_000, 200, true, true, null);
    }

    public CaptureSettings withHost(String newHost) {
        return new CaptureSettings(newHost, port, folder, store, idle, maxBodyBytes, maxDecodedBytes,
                maxOpenSessions, requestsPerSecond, recordConsole, recordNetwork, forward);
    }

    public CaptureSettings withPort(int newPort) {
        return new CaptureSettings(host, newPort, folder, store, idle, maxBodyBytes, maxDecodedBytes,
                maxOpenSessions, requestsPerSecond, recordConsole, recordNetwork, forward);
    }

    public CaptureSettings withIdle(Duration newIdle) {
        return new CaptureSettings(host, port, folder, store, newIdle, maxBodyBytes, maxDecodedBytes,
                maxOpenSessions, requestsPerSecond, recordConsole, recordNetwork, forward);
    }

    public CaptureSettings withLimits(long newMaxBodyBytes, long newMaxDecodedBytes, int newMaxOpenSessions,
                                      int newRequestsPerSecond) {
        return new CaptureSettings(host, port, folder, store, idle, newMaxBodyBytes, newMaxDecodedBytes,
                newMaxOpenSessions, newRequestsPerSecond, recordConsole, recordNetwork, forward);
    }

    /** Forward mode: every request also goes on to {@code posthogHost}, whose answers the SDK gets. */
    public CaptureSettings forwardingTo(java.net.URI posthogHost) {
        return new CaptureSettings(host, port, folder, store, idle, maxBodyBytes, maxDecodedBytes,
                maxOpenSessions, requestsPerSecond, recordConsole, recordNetwork, posthogHost);
    }

    /** Bundles into the folder {@code newBundles}. */
    public CaptureSettings withBundles(Path newBundles) {
        return withStore(new StoreLocation.Folder(newBundles));
    }

    /** Bundles into {@code newStore}: a folder or an S3 bucket's prefix. */
    public CaptureSettings withStore(StoreLocation newStore) {
        return new CaptureSettings(host, port, folder, newStore, idle, maxBodyBytes, maxDecodedBytes,
                maxOpenSessions, requestsPerSecond, recordConsole, recordNetwork, forward);
    }
}
