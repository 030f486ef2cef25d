package dev.replayharness.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Turns a remote location into local files with the {@link RemoteFetcher} of its scheme. Each fetch goes to a new
 * folder under {@code java.io.tmpdir/replay-harness-remote} (or the {@code replay.remote.cache} system property),
 * deleted when the JVM exits: a download is a working copy, and a fresh one never mixes with objects since deleted.
 */
public final class RemoteLocations {

    /** The system property naming the folder downloads go under. */
    public static final String CACHE_PROPERTY = "replay.remote.cache";

    /** The download folders of this JVM, deleted by one shutdown hook. */
    private static final Set<Path> DOWNLOADS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DOWNLOADS.forEach(RemoteLocations::delete),
                "replay-remote-cleanup"));
    }

    private RemoteLocations() {
    }

    /** The local file or folder holding what {@code location} names (a folder for a prefix). */
    public static Path fetch(BundleLocation.Remote location) {
        RemoteFetcher fetcher = fetcher(location);
        Path folder;
        try {
            Path cache = Path.of(System.getProperty(CACHE_PROPERTY,
                    Path.of(System.getProperty("java.io.tmpdir"), "replay-harness-remote").toString()));
            Files.createDirectories(cache);
            folder = Files.createTempDirectory(cache, location.scheme() + "-");
        } catch (IOException e) {
            throw new RemoteLocationException(location.url(), "cannot make a folder to download into: "
                    + e.getMessage() + "; set -D" + CACHE_PROPERTY + " to a writable folder", e);
        }
        DOWNLOADS.add(folder);
        return fetcher.fetch(location, folder);
    }

    /** Whether a fetcher for the scheme is on the class path. */
    public static boolean canFetch(String scheme) {
        return fetchers().anyMatch(f -> f.scheme().equalsIgnoreCase(scheme));
    }

    private static RemoteFetcher fetcher(BundleLocation.Remote location) {
        return fetchers().filter(f -> f.scheme().equals(location.scheme())).findFirst()
                .orElseThrow(() -> new RemoteLocationException(location.url(), "nothing here reads " + location.scheme()
                        + ":// locations; "
                        + (location.scheme().equals("s3") ? "add dev.replayharness:replay-s3 to the class path"
                        : "give a local file or folder, or an s3:// location")));
    }

    private static Stream<RemoteFetcher> fetchers() {
        return ServiceLoader.load(RemoteFetcher.class, RemoteLocations.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get);
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder: the system's own cleaning gets what is left
        }
    }
}
