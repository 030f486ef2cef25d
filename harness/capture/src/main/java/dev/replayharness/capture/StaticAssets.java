package dev.replayharness.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripts posthog-js loads from its {@code api_host} when a site uses the slim bundle ({@code array.js}):
 * {@code /static/lazy-recorder.js?v=<version>}, {@code /static/<version>/<name>.js} and the like, served from a
 * folder the operator names (posthog-js's {@code dist/}, of the version the site uses). Only plain file names in
 * that folder are served: a path that reaches elsewhere is not found.
 */
final class StaticAssets {

    /** {@code /static/}, an optional version folder, then one file name. */
    private static final Pattern ASSET = Pattern.compile("/static/(?:\\d+\\.\\d+\\.\\d+[A-Za-z0-9.+-]*/)?"
            + "([A-Za-z0-9][A-Za-z0-9._-]*\\.(?:js|js\\.map|json))");

    private final Path folder;

    /** @param folder the folder of scripts, or null: none is served */
    StaticAssets(Path folder) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
    }

    static boolean isAssetPath(String path) {
        return path.startsWith("/static/");
    }

    /** A script, if the path names one in the folder. */
    Optional<Asset> find(String path) {
        Matcher name = ASSET.matcher(path);
        if (folder == null || !name.matches()) {
            return Optional.empty();
        }
        Path file = folder.resolve(name.group(1)).normalize();
        if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Asset(name.group(1).endsWith(".js") ? "application/javascript; charset=utf-8"
                    : "application/json", Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** What a 404 for {@code path} says: the SDK goes on without the script, and recording may not start. */
    String missing(String path) {
        return folder == null
                ? path + " is not served: start the capture server with --assets <posthog-js dist folder> (the "
                        + "slim posthog-js loads its recorder from api_host), or load array.full.js on the page"
                : path + " is not a script in " + folder;
    }

    /** A script and its content type. */
    record Asset(String contentType, byte[] content) {
    }
}
