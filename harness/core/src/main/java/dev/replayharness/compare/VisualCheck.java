package dev.replayharness.compare;

import dev.replayharness.compare.Divergence.Kind;
import dev.replayharness.compare.Divergence.Severity;
import dev.replayharness.image.PixelDiff;
import dev.replayharness.run.ScreenArea;
import dev.replayharness.run.StepOutcome;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Compares a step's pictures with the expected one. The replay took two pictures after the step (the second
 * after settling again); the closer of the two counts, so a clock or carousel that moved between them is not
 * blamed on the build while a real change shows in both. A diff picture is written beside the screenshot.
 */
public final class VisualCheck {

    private final CompareOptions options;

    public VisualCheck(CompareOptions options) {
        this.options = options;
    }

    /** The differing ratio and, when beyond the limit, the divergence. */
    public record Outcome(double ratio, Optional<Divergence> divergence) {
    }

    public Outcome compare(StepOutcome outcome, byte[] expected, String baselineName) {
        return compare(outcome, expected == null ? null : ExpectedPicture.of(expected), baselineName);
    }

    /** Compares, leaving out the areas masked on the replayed page and on the expected one. */
    public Outcome compare(StepOutcome outcome, ExpectedPicture picture, String baselineName) {
        if (outcome.pictures().screenshot() == null || picture == null) {
            return new Outcome(0, Optional.empty());
        }
        byte[] expected = picture.png();
        List<Rectangle> masks = masks(outcome.pictures().masked(), picture.masked());
        PixelDiff diff = new PixelDiff(PixelDiff.Options.defaults().withMasks(masks));
        Path closer = outcome.pictures().screenshot();
        PixelDiff.Result best = diff.compare(expected, read(closer));
        if (!best.identical() && outcome.pictures().screenshotAgain() != null) {
            PixelDiff.Result again = diff.compare(expected, read(outcome.pictures().screenshotAgain()));
            if (again.ratio() < best.ratio()) {
                best = again;
                closer = outcome.pictures().screenshotAgain();
            }
        }
        if (best.ratio() <= options.maxVisualRatio()) {
            return new Outcome(best.ratio(), Optional.empty());
        }
        // The picture is drawn only for a divergence: most steps never need one.
        best = new PixelDiff(PixelDiff.Options.defaults().withMasks(masks).withDiffImage()).compare(expected, read(closer));
        Path diffFile = sibling(outcome.pictures().screenshot(), "-diff.png");
        Path expectedFile = sibling(outcome.pictures().screenshot(), "-expected.png");
        try {
            ImageIO.write(best.diff(), "png", diffFile.toFile());
            Files.write(expectedFile, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + diffFile, e);
        }
        List<Path> evidence = new ArrayList<>(List.of(expectedFile, closer, diffFile));
        return new Outcome(best.ratio(), Optional.of(new Divergence(Kind.VISUAL_CHANGED, Severity.REGRESSION,
                outcome.step().number(), outcome.step().describe(),
                "at most %.1f%% of pixels off %s".formatted(options.maxVisualRatio() * 100, baselineName),
                "%.1f%% (%d pixels)".formatted(best.ratio() * 100, best.differingPixels()), evidence)));
    }

    /** The differing share of two pictures of one page, e.g. two runs of one build, with the masks left out. */
    public double ratio(Path first, Path second, List<ScreenArea> masked) {
        return new PixelDiff(PixelDiff.Options.defaults().withMasks(masks(masked, List.of())))
                .compare(read(first), read(second)).ratio();
    }

    private static List<Rectangle> masks(List<ScreenArea> replayed, List<ScreenArea> expected) {
        List<Rectangle> areas = new ArrayList<>();
        for (List<ScreenArea> list : List.of(replayed, expected)) {
            list.forEach(a -> areas.add(new Rectangle(a.x(), a.y(), a.width(), a.height())));
        }
        return areas;
    }

    private static Path sibling(Path screenshot, String suffix) {
        String name = screenshot.getFileName().toString().replaceFirst("\\.png$", "");
        return screenshot.resolveSibling(name + suffix);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
