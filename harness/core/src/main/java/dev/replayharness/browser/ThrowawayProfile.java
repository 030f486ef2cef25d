package dev.replayharness.browser;

import dev.replayharness.ReplayException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A temporary HOME for one browser launch, deleted afterwards.
 *
 * <p>Playwright's {@code LaunchOptions.setEnv} replaces the browser's whole environment, and Chromium writes
 * crash-report and dconf folders under HOME: without a throw-away HOME it litters the user's.
 */
final class ThrowawayProfile implements AutoCloseable {

    private final Path root;

    private ThrowawayProfile(Path root) {
        this.root = root;
    }

    static ThrowawayProfile create() {
        try {
            Path root = Files.createTempDirectory("replay-browser-");
            Files.createDirectories(root.resolve("config"));
            Files.createDirectories(root.resolve("cache"));
            Files.createDirectories(root.resolve("data"));
            return new ThrowawayProfile(root);
        } catch (IOException e) {
            throw new ReplayException("Could not create a temporary browser profile under "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    /** The browser's environment: the throw-away folders plus what rendering needs from ours. */
    Map<String, String> environment(Map<String, String> inherited) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String keep : new String[] {"PATH", "LANG", "LC_ALL", "TZ", "DISPLAY", "WAYLAND_DISPLAY",
                "FONTCONFIG_PATH", "FONTCONFIG_FILE"}) {
            String value = inherited.get(keep);
            if (value != null) {
                env.put(keep, value);
            }
        }
        env.put("HOME", root.toString());
        env.put("XDG_CONFIG_HOME", root.resolve("config").toString());
        env.put("XDG_CACHE_HOME", root.resolve("cache").toString());
        env.put("XDG_DATA_HOME", root.resolve("data").toString());
        env.put("TMPDIR", root.toString());
        return env;
    }

    @Override
    public void close() {
        try {
            if (Files.exists(root)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the temporary browser profile " + root, e);
        }
    }
}
