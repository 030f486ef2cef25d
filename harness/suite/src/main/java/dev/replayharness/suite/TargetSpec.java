package dev.replayharness.suite;

import dev.replayharness.containers.ContainerTarget;
import dev.replayharness.targets.CommandTarget;
import dev.replayharness.targets.StaticDirTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.UrlTarget;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A target as the front doors name it, with the same option names everywhere ({@code --target},
 * {@code -Dreplay.target}, {@code @ReplayTest(target = ...)}): exactly one of
 *
 * @param target       a running app's URL, or a build folder served on a free loopback port
 * @param spa          with a build folder: unknown paths answer with {@code index.html}
 * @param command      a command that starts the app; {@code {port}} becomes a free port
 * @param ready        with a command: where the app answers once up ({@code {port}} allowed)
 * @param image        a container image that serves the app (needs a Docker engine)
 * @param imagePort    with an image: the port the app listens on inside the container
 * @param startTimeout how long a command or container may take to answer
 */
public record TargetSpec(String target, boolean spa, String command, String ready, String image, int imagePort,
                         Duration startTimeout) {

    /** A URL or a build folder. */
    public static TargetSpec of(String urlOrFolder) {
        return new TargetSpec(urlOrFolder, true, null, null, null, 80, Duration.ofSeconds(60));
    }

    /**
     * The target described, checked.
     *
     * @throws IllegalArgumentException when none or several of target, command and image are given
     */
    public Target toTarget() {
        int given = (blank(target) ? 0 : 1) + (blank(command) ? 0 : 1) + (blank(image) ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of target (a URL or a build folder), a target "
                    + "command or a target image; " + (given == 0 ? "none was given" : given + " were given"));
        }
        if (!blank(image)) {
            return new ContainerTarget(image, imagePort, "/", Map.of(), startTimeout);
        }
        if (!blank(command)) {
            return new CommandTarget(List.of("sh", "-c", command), null,
                    blank(ready) ? "http://127.0.0.1:{port}/" : ready, null, startTimeout);
        }
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return new UrlTarget(URI.create(target));
        }
        Path folder = Path.of(target);
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the target '" + target + "' is neither an http(s) URL nor a folder");
        }
        return new StaticDirTarget(folder, spa);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The target as the user gave it. */
    public String describe() {
        return !blank(target) ? target : !blank(command) ? "the command '" + command + "'" : "the image " + image;
    }
}
