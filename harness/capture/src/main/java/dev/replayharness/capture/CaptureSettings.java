package dev.replayharness.capture;

import dev.replayharness.capture.journal.SessionTransform;
import dev.replayharness.capture.store.StoreLocation;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a capture server runs.
 *
 * @param listen    where it listens, and whether a proxy stands in front
 * @param folder    the work folder: journals of open sessions, quarantined bodies and temporary files
 * @param store     where finalised bundles go: a folder or an S3 bucket's prefix
 * @param idle      a session with nothing new for this long is finalised (PostHog's rule: 30 minutes)
 * @param limits    what one request, one client and all sessions together may take
 * @param recording what the remote config switches on besides recording
 * @param forward   the PostHog host every request also goes to (forward mode), or null
 * @param assets    the folder of posthog-js scripts served under {@code /static/} (its {@code dist/}), or null
 * @param transform what a finalised session goes through before it is stored (redaction attaches here)
 */
public record CaptureSettings(Listen listen, Path folder, StoreLocation store, Duration idle, Limits limits,
                              RemoteConfig recording, URI forward, Path assets, SessionTransform transform) {

    public CaptureSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(transform, "transform");
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive, not " + idle);
        }
    }

    /**
     * Where the server listens.
     *
     * @param host        the address ({@code 127.0.0.1}, or {@code 0.0.0.0} for every interface)
     * @param port        the port; 0 picks a free one
     * @param behindProxy a reverse proxy stands in front: the client is the one its {@code X-Forwarded-For} or
     *                    {@code Forwarded} header names, not the connection's address (the proxy's)
     */
    public record Listen(String host, int port, boolean behindProxy) {
        public Listen {
            Objects.requireNonNull(host, "host");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port " + port + " is not 0..65535");
            }
        }
    }

    /**
     * What is refused.
     *
     * @param maxBodyBytes      a request body beyond this is refused (413)
     * @param maxDecodedBytes   a body that decodes (gunzips) beyond this is refused (413)
     * @param maxOpenSessions   sessions journaled at once; a new one beyond is refused (503, which posthog-js retries)
     * @param requestsPerSecond requests a client may send per second on average; beyond, 429
     */
    public record Limits(long maxBodyBytes, long maxDecodedBytes, int maxOpenSessions, int requestsPerSecond) {
        public Limits {
            if (maxBodyBytes <= 0 || maxDecodedBytes <= 0 || maxOpenSessions <= 0 || requestsPerSecond <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        /** PostHog's 25 MB of {@code /s/} body, 100 MB decoded, 10,000 open sessions, 200 requests a second. */
        public static Limits defaults() {
            return new Limits(25L << 20, 100L << 20, 10_000, 200);
        }
    }

    /**
     * What the remote config the server answers switches on, besides session recording.
     *
     * @param console console logs captured
     * @param network network requests captured, headers and bodies
     */
    public record RemoteConfig(boolean console, boolean network) {
    }

    /**
     * Loopback, a free port, bundles in {@code folder/bundles}, PostHog's limits and idle rule, console and network
     * captured, no forwarding, no scripts served, sessions stored as sent.
     */
    public static CaptureSettings defaults(Path folder) {
        return new CaptureSettings(new Listen("127.0.0.1", 0, false), folder,
                new StoreLocation.Folder(folder.resolve("bundles")), Duration.ofMinutes(30), Limits.defaults(),
                new RemoteConfig(true, true), null, null, SessionTransform.NONE);
    }

    public CaptureSettings withListen(Listen newListen) {
        return new CaptureSettings(newListen, folder, store, idle, limits, recording, forward, assets, transform);
    }

    public CaptureSettings withHost(String newHost) {
        return withListen(new Listen(newHost, listen.port(), listen.behindProxy()));
    }

    public CaptureSettings withPort(int newPort) {
        return withListen(new Listen(listen.host(), newPort, listen.behindProxy()));
    }

    /** A reverse proxy stands in front: clients are told by its forwarding headers. */
    public CaptureSettings behindProxy() {
        return withListen(new Listen(listen.host(), listen.port(), true));
    }

    public CaptureSettings withIdle(Duration newIdle) {
        return new CaptureSettings(listen, folder, store, newIdle, limits, recording, forward, assets, transform);
    }

    public CaptureSettings withLimits(Limits newLimits) {
        return new CaptureSettings(listen, folder, store, idle, newLimits, recording, forward, assets, transform);
    }

    /** Forward mode: every request also goes on to {@code posthogHost}, whose answers the SDK gets. */
    public CaptureSettings forwardingTo(URI posthogHost) {
        return new CaptureSettings(listen, folder, store, idle, limits, recording, posthogHost, assets, transform);
    }

    /** Bundles into the folder {@code newBundles}. */
    public CaptureSettings withBundles(Path newBundles) {
        return withStore(new StoreLocation.Folder(newBundles));
    }

    /** Bundles into {@code newStore}: a folder or an S3 bucket's prefix. */
    public CaptureSettings withStore(StoreLocation newStore) {
        return new CaptureSettings(listen, folder, newStore, idle, limits, recording, forward, assets, transform);
    }

    /** Serves the posthog-js scripts in {@code distFolder} under {@code /static/}, as PostHog's own host does. */
    public CaptureSettings withAssets(Path distFolder) {
        return new CaptureSettings(listen, folder, store, idle, limits, recording, forward, distFolder, transform);
    }

    /** Passes every finalised session through {@code newTransform} before it is stored. */
    public CaptureSettings transformingWith(SessionTransform newTransform) {
        return new CaptureSettings(listen, folder, store, idle, limits, recording, forward, assets, newTransform);
    }
}
