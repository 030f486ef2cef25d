package dev.replayharness.compare;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Compares two images pixel by pixel with pixelmatch's perceptual colour distance: the squared YIQ difference,
 * weighted as the eye weighs brightness and hue, against {@code 35215 × threshold²}. Threshold 0.1 is
 * pixelmatch's default. Identical buffers exit early. (Anti-aliasing detection and masks come with the
 * comparison features.)
 */
public final class PixelDiff {

    private static final double MAX_YIQ_DELTA = 35215;

    private final double threshold;

    /** A comparator with pixelmatch's default threshold, 0.1. */
    public PixelDiff() {
        this(0.1);
    }

    /** @param threshold 0 (exact) to 1 (anything goes) */
    public PixelDiff(double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be within 0..1, was " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * The result of one comparison.
     *
     * @param width           compared width (the smaller of the two)
     * @param height          compared height (the smaller of the two)
     * @param differingPixels pixels beyond the threshold, plus every pixel of the larger image outside the other
     * @param totalPixels     pixels of the larger image
     */
    public record Result(int width, int height, long differingPixels, long totalPixels) {

        /** Differing pixels as a share of all pixels, 0 to 1. */
        public double ratio() {
            return totalPixels == 0 ? 0 : (double) differingPixels / totalPixels;
        }
    }

    /** Compares two PNG (or other ImageIO-readable) images. */
    public Result compare(byte[] expected, byte[] actual) {
        return compare(read(expected), read(actual));
    }

    public Result compare(BufferedImage expected, BufferedImage actual) {
        int width = Math.min(expected.getWidth(), actual.getWidth());
        int height = Math.min(expected.getHeight(), actual.getHeight());
        long total = (long) Math.max(expected.getWidth(), actual.getWidth())
                * Math.max(expected.getHeight(), actual.getHeight());
        long outside = total - (long) width * height;
        int[] a = expected.getRGB(0, 0, width, height, null, 0, width);
        int[] b = actual.getRGB(0, 0, width, height, null, 0, width);
        if (java.util.Arrays.equals(a, b)) {
            return new Result(width, height, outside, total);
        }
        double maxDelta = MAX_YIQ_DELTA * threshold * threshold;
        long differing = outside;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && colorDelta(a[i], b[i]) > maxDelta) {
                differing++;
            }
        }
        return new Result(width, height, differing, total);
    }

    /** pixelmatch's YIQ distance of two ARGB pixels, each blended onto white by its alpha. */
    static double colorDelta(int p, int q) {
        double[] x = blended(p);
        double[] y = blended(q);
        double yDelta = luma(x) - luma(y);
        double iDelta = inPhase(x) - inPhase(y);
        double qDelta = quadrature(x) - quadrature(y);
        return 0.5053 * yDelta * yDelta + 0.299 * iDelta * iDelta + 0.1957 * qDelta * qDelta;
    }

    private static double[] blended(int argb) {
        double alpha = ((argb >>> 24) & 0xff) / 255.0;
        return new double[] {
            255 + (((argb >> 16) & 0xff) - 255) * alpha,
            255 + (((argb >> 8) & 0xff) - 255) * alpha,
            255 + ((argb & 0xff) - 255) * alpha};
    }

    private static double luma(double[] c) {
        return c[0] * 0.29889531 + c[1] * 0.58662247 + c[2] * 0.11448223;
    }

    private static double inPhase(double[] c) {
        return c[0] * 0.59597799 - c[1] * 0.27417610 - c[2] * 0.32180189;
    }

    private static double quadrature(double[] c) {
        return c[0] * 0.21147017 - c[1] * 0.52261711 + c[2] * 0.31114694;
    }

    private static BufferedImage read(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            if (decoded == null) {
                throw new IllegalArgumentException("not an image ImageIO can read (" + image.length + " bytes)");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
