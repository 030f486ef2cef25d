package dev.replayharness.s3.fetch;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.bundle.RemoteFetcher;
import dev.replayharness.bundle.RemoteLocationException;
import dev.replayharness.s3.S3Location;
import dev.replayharness.s3.S3Objects;
import dev.replayharness.s3.StoredObject;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code s3://} locations for the front doors (found by {@link java.util.ServiceLoader}): one object into a
 * file, or every object under a prefix into a folder at its path below the prefix. The store is the one
 * {@link dev.replayharness.s3.S3Settings#fromEnvironment()} names.
 */
public final class S3Fetcher implements RemoteFetcher {

    @Override
    public String scheme() {
        return "s3";
    }

    @Override
    public Path fetch(BundleLocation.Remote remote, Path folder) {
        S3Location location;
        try {
            location = S3Location.parse(remote.url());
        } catch (IllegalArgumentException e) {
            throw new RemoteLocationException(remote.url(), e.getMessage(), e);
        }
        try (S3Objects objects = S3Objects.fromEnvironment()) {
            return location.isPrefix() ? fetchAll(objects, location, folder) : fetchOne(objects, location, folder);
        } catch (IllegalArgumentException e) {
            throw new RemoteLocationException(remote.url(), e.getMessage(), e);
        }
    }

    private static Path fetchOne(S3Objects objects, S3Location location, Path folder) {
        String name = location.key().substring(location.key().lastIndexOf('/') + 1);
        return objects.get(location, folder.resolve(name)).orElseThrow(() -> new RemoteLocationException(
                location.toString(), "no such object in the bucket at " + objects.settings().describe()
                + ": check the key (a prefix, for every bundle under it, ends with /)"));
    }

    private static Path fetchAll(S3Objects objects, S3Location prefix, Path folder) {
        List<StoredObject> found = objects.list(prefix).stream()
                .filter(o -> !o.location().key().endsWith("/")) // "folder" markers some tools create
                .toList();
        if (found.isEmpty()) {
            throw new RemoteLocationException(prefix.toString(), "no objects under this prefix at "
                    + objects.settings().describe() + ": check the bucket and prefix");
        }
        for (StoredObject object : found) {
            String relative = object.location().key().substring(prefix.key().length());
            Path file = folder.resolve(relative).normalize();
            // A key is any text: one with "../" must not write outside the download folder.
            if (!file.startsWith(folder) || file.equals(folder)) {
                throw new RemoteLocationException(object.location().toString(), "its key leaves the prefix once "
                        + "made a file path; rename the object");
            }
            objects.get(object.location(), file);
        }
        return folder;
    }
}
