package dev.replayharness.settings;

import dev.replayharness.targets.CommandTarget;
import dev.replayharness.targets.StaticDirTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.UrlTarget;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The build a suite replays against, as the settings name it: exactly one of a URL or build folder
 * ({@code target}), a start command ({@code targetCmd}) or a container image ({@code targetImage}). This is the one
 * place that decides whether a value is a URL or a folder.
 *
 * @param target       a running app's URL, or a build folder served on a free loopback port
 * @param spa          with a build folder: unknown paths answer with {@code index.html}
 * @param targetCmd    a command that starts the app; {@code {port}} becomes a free port
 * @param ready        with a command: where the app answers once up ({@code {port}} allowed)
 * @param targetImage  a container image that serves the app (needs a Docker engine)
 * @param imagePort    with an image: the port the app listens on inside the container
 * @param startTimeout how long a command or container may take to answer
 */
public record TargetSpec(String target, boolean spa, String targetCmd, String ready, String targetImage, int imagePort,
                         Duration startTimeout) {

    /** A URL or a build folder, with the settings' defaults for the rest. */
    public static TargetSpec of(String urlOrFolder) {
        return new TargetSpec(urlOrFolder, false, null, null, null, 80, Duration.ofSeconds(60));
    }

    /** Whether the value names a running app rather than a build folder. */
    public static boolean isUrl(String urlOrFolder) {
        return urlOrFolder.startsWith("http://") || urlOrFolder.startsWith("https://");
    }

    /**
     * The target described, checked; an image becomes a target through {@code images} (the containers module), so
     * that a replay without containers needs no container library.
     *
     * @throws IllegalArgumentException when none or several of target, command and image are given, or a folder is
     *                                  missing
     */
    public Target toTarget(Function<TargetSpec, Target> images) {
        int given = (blank(target) ? 0 : 1) + (blank(targetCmd) ? 0 : 1) + (blank(targetImage) ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of target (a URL or a build folder), a target "
                    + "command or a target image; " + (given == 0 ? "none was given" : given + " were given"));
        }
        if (!blank(targetImage)) {
            return images.apply(this);
        }
        if (!blank(targetCmd)) {
            return new CommandTarget(List.of("sh", "-c", targetCmd), null,
                    blank(ready) ? "http://127.0.0.1:{port}/" : ready, null, startTimeout);
        }
        if (isUrl(target)) {
            return new UrlTarget(URI.create(target));
        }
        Path folder = Path.of(target);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the target '" + target + "' is neither an http(s) URL nor a folder");
        }
        return new StaticDirTarget(folder, spa);
    }

    /** A URL or a build folder; an image is refused (where no container module is at hand). */
    public Target toTarget() {
        return toTarget(spec -> {
            throw new IllegalArgumentException("a target image (" + spec.targetImage() + ") needs the "
                    + "replay-containers module; give a URL, a build folder or a target command here");
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The target as the user gave it. */
    public String describe() {
        return !blank(target) ? target : !blank(targetCmd) ? "the command '" + targetCmd + "'"
                : "the image " + targetImage;
    }
}
