package dev.replayharness.run;

/**
 * A rectangle of the viewport, in CSS pixels from its top-left corner (what a screenshot shows at scale 1).
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width
 * @param height height
 */
public record ScreenArea(int x, int y, int width, int height) {

    public ScreenArea {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("an area cannot have a negative size: " + width + "x" + height);
        }
    }
}
