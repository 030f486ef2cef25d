package dev.replayharness.compare;

import dev.replayharness.run.ScreenArea;

import java.util.List;
import java.util.Objects;

/**
 * What a step's screenshot is compared with.
 *
 * @param png    the expected picture
 * @param masked areas left out besides the replay's own masks (the baseline build's masked elements)
 */
public record ExpectedPicture(byte[] png, List<ScreenArea> masked) {

    public ExpectedPicture {
        Objects.requireNonNull(png, "png");
        masked = List.copyOf(masked);
    }

    public static ExpectedPicture of(byte[] png) {
        return new ExpectedPicture(png, List.of());
    }
}
