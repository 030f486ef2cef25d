package dev.replayharness.bundle;

import java.nio.file.Path;

/**
 * Brings the recordings of a remote location onto this machine, so every reader treats them as files. Found with
 * {@link java.util.ServiceLoader} by {@link RemoteLocations}: a module such as {@code replay-s3} adds a scheme without
 * this module knowing its client library.
 */
public interface RemoteFetcher {

    /** The URL scheme served, in lower case: {@code s3}. */
    String scheme();

    /**
     * Copies what {@code location} names into {@code folder} (existing and empty): one object becomes one file in it,
     * a prefix ({@link BundleLocation.Remote#isPrefix()}) every object under it at its path below the prefix.
     *
     * @return the file, or {@code folder} for a prefix
     * @throws RemoteLocationException naming the location, what went wrong and the fix
     */
    Path fetch(BundleLocation.Remote location, Path folder);
}
