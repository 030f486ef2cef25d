package dev.replayharness.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Compares two images pixel by pixel with pixelmatch's semantics: the perceptual YIQ colour distance (brightness
 * and hue weighted as the eye weighs them) against {@code 35215 × threshold²}, threshold 0.1 by default; pixels
 * that differ only because an edge is anti-aliased differently are not counted (unless asked); masked rectangles
 * are ignored; identical buffers exit at once. Images of different sizes compare on their overlap, and every
 * pixel outside it counts as different.
 */
public final class PixelDiff {

    private static final double MAX_YIQ_DELTA = 35215;
    private static final int DIFF_COLOUR = 0xffff0000;
    private static final int ANTI_ALIASED_COLOUR = 0xffffc800;
    private static final int MASK_COLOUR = 0xff6ea8ff;

    /**
     * How to compare.
     *
     * @param threshold        0 (exact) to 1 (anything goes); 0.1 is pixelmatch's default
     * @param countAntiAliased count anti-aliased pixels as differences (pixelmatch's {@code includeAA})
     * @param masks            areas to ignore, in image pixels
     * @param diffImage        also draw a diff picture: differences red, anti-aliasing yellow, masks blue, the rest
     *                         a faded copy of the expected image
     */
    public record Options(double threshold, boolean countAntiAliased, List<Rectangle> masks, boolean diffImage) {

        public Options {
            if (threshold < 0 || threshold > 1) {
                throw new IllegalArgumentException("threshold must be within 0..1, was " + threshold);
            }
            masks = masks.stream().map(Rectangle::new).toList();
        }

        /** Threshold 0.1, anti-aliasing ignored, no masks, no diff picture. */
        public static Options defaults() {
            return new Options(0.1, false, List.of(), false);
        }

        public Options withMasks(List<Rectangle> areas) {
            return new Options(threshold, countAntiAliased, areas, diffImage);
        }

        public Options withDiffImage() {
            return new Options(threshold, countAntiAliased, masks, true);
        }
    }

    /**
     * The result of one comparison.
     *
     * @param width              compared width (the overlap)
     * @param height             compared height (the overlap)
     * @param differingPixels    pixels beyond the threshold, plus every pixel outside the overlap
     * @param antiAliasedPixels  pixels that differ only by anti-aliasing (not in {@code differingPixels} unless
     *                           counted)
     * @param totalPixels        pixels of the larger image
     * @param diff               the diff picture, when asked for
     */
    public record Result(int width, int height, long differingPixels, long antiAliasedPixels, long totalPixels,
                         BufferedImage diff) {

        /** Differing pixels as a share of all pixels, 0 to 1. */
        public double ratio() {
            return totalPixels == 0 ? 0 : (double) differingPixels / totalPixels;
        }

        public boolean identical() {
            return differingPixels == 0;
        }
    }

    private final Options options;

    /** A comparator with pixelmatch's defaults. */
    public PixelDiff() {
        this(Options.defaults());
    }

    /** @param threshold 0 (exact) to 1 (anything goes) */
    public PixelDiff(double threshold) {
        this(new Options(threshold, false, List.of(), false));
    }

    public PixelDiff(Options options) {
        this.options = options;
    }

    /** Compares two PNG (or other ImageIO-readable) images. */
    public Result compare(byte[] expected, byte[] actual) {
        return compare(read(expected), read(actual));
    }

    public Result compare(BufferedImage expected, BufferedImage actual) {
        int aw = expected.getWidth();
        int bw = actual.getWidth();
        int width = Math.min(aw, bw);
        int height = Math.min(expected.getHeight(), actual.getHeight());
        long total = (long) Math.max(aw, bw) * Math.max(expected.getHeight(), actual.getHeight());
        long outside = total - (long) width * height;
        boolean sameShape = aw == bw && expected.getHeight() == actual.getHeight();
        if (sameShape && !options.diffImage() && Pixels.sameRaster(expected, actual)) {
            return new Result(width, height, 0, 0, total, null); // identical bytes: no pixel needs a look
        }
        byte[] a = Pixels.abgr(expected);
        byte[] b = Pixels.abgr(actual);
        boolean[] masked = maskOf(width, height);
        int[] diff = options.diffImage() ? background(a, aw, width, height, masked) : null;
        double maxDelta = MAX_YIQ_DELTA * options.threshold() * options.threshold();
        long differing = outside;
        long antiAliased = 0;
        int rowBytes = width * 4;
        RowBrightness lightA = new RowBrightness(a, aw);
        RowBrightness lightB = new RowBrightness(b, bw);
        for (int y = 0; y < height; y++) {
            int rowA = y * aw;
            int rowB = y * bw;
            int x = 0;
            while (x < width) {
                // Equal runs are skipped by the vectorised mismatch; only differing pixels are unpacked, and
                // inside a differing area pixels are walked one by one until the images agree again.
                int skip = Arrays.mismatch(a, (rowA + x) * 4, rowA * 4 + rowBytes, b, (rowB + x) * 4, rowB * 4 + rowBytes);
                if (skip < 0) {
                    break;
                }
                x += skip >> 2;
                for (; x < width && Pixels.rawAt(a, rowA + x) != Pixels.rawAt(b, rowB + x); x++) {
                    int at = y * width + x;
                    if (masked != null && masked[at]
                            || colorDelta(Pixels.argbAt(a, rowA + x), Pixels.argbAt(b, rowB + x)) <= maxDelta) {
                        continue;
                    }
                    if (!options.countAntiAliased() && (antiAliased(a, lightA, aw, height, x, y, b, bw)
                            || antiAliased(b, lightB, bw, height, x, y, a, aw))) {
                        antiAliased++;
                        if (diff != null) {
                            diff[at] = ANTI_ALIASED_COLOUR;
                        }
                    } else {
                        differing++;
                        if (diff != null) {
                            diff[at] = DIFF_COLOUR;
                        }
                    }
                }
            }
        }
        BufferedImage picture = null;
        if (diff != null) {
            picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            picture.setRGB(0, 0, width, height, diff, 0, width);
        }
        return new Result(width, height, differing, antiAliased, total, picture);
    }

    /** The diff picture before differences are drawn: the expected image faded, masks in their colour. */
    private static int[] background(byte[] expected, int stride, int width, int height, boolean[] masked) {
        int[] picture = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = y * width + x;
                picture[at] = masked != null && masked[at] ? MASK_COLOUR : faded(Pixels.argbAt(expected, y * stride + x));
            }
        }
        return picture;
    }

    private boolean[] maskOf(int width, int height) {
        if (options.masks().isEmpty()) {
            return null;
        }
        boolean[] masked = new boolean[width * height];
        for (Rectangle area : options.masks()) {
            Rectangle clipped = area.intersection(new Rectangle(0, 0, width, height));
            for (int y = clipped.y; y < clipped.y + clipped.height; y++) {
                Arrays.fill(masked, y * width + clipped.x, y * width + clipped.x + clipped.width, true);
            }
        }
        return masked;
    }

    /**
     * Whether the pixel at (x, y) of {@code image} sits on an anti-aliased edge, after Vysniauskas's slope test
     * (as pixelmatch uses it): among its eight neighbours there is both a darker and a brighter one, at most two are
     * equal to it, and the darkest or the brightest neighbour lies in a flat area (three or more equal neighbours)
     * in both images — an edge's blend, not a change of content.
     */
    private static boolean antiAliased(byte[] image, RowBrightness light, int stride, int height, int x, int y, byte[] other, int otherStride) {
        int x0 = Math.max(x - 1, 0);
        int y0 = Math.max(y - 1, 0);
        int x1 = Math.min(x + 1, stride - 1);
        int y1 = Math.min(y + 1, height - 1);
        double centre = light.row(y)[x];
        int zeroes = x == x0 || x == x1 || y == y0 || y == y1 ? 1 : 0;
        double min = 0;
        double max = 0;
        int minX = 0;
        int minY = 0;
        int maxX = 0;
        int maxY = 0;
        for (int ny = y0; ny <= y1; ny++) {
            double[] row = light.row(ny);
            for (int nx = x0; nx <= x1; nx++) {
                if (nx == x && ny == y) {
                    continue;
                }
                double delta = centre - row[nx];
                if (delta == 0) {
                    if (++zeroes > 2) {
                        return false;
                    }
                } else if (delta < min) {
                    min = delta;
                    minX = nx;
                    minY = ny;
                } else if (delta > max) {
                    max = delta;
                    maxX = nx;
                    maxY = ny;
                }
            }
        }
        if (min == 0 || max == 0) {
            return false;
        }
        return flat(image, stride, height, minX, minY) && flat(other, otherStride, height, minX, minY)
                || flat(image, stride, height, maxX, maxY) && flat(other, otherStride, height, maxX, maxY);
    }

    /** Three or more of the pixel's neighbours have exactly its colour. */
    private static boolean flat(byte[] image, int stride, int height, int x, int y) {
        if (x >= stride) {
            return false;
        }
        int x0 = Math.max(x - 1, 0);
        int y0 = Math.max(y - 1, 0);
        int x1 = Math.min(x + 1, stride - 1);
        int y1 = Math.min(y + 1, height - 1);
        int centre = Pixels.rawAt(image, y * stride + x);
        int same = x == x0 || x == x1 || y == y0 || y == y1 ? 1 : 0;
        for (int ny = y0; ny <= y1; ny++) {
            for (int nx = x0; nx <= x1; nx++) {
                if ((nx != x || ny != y) && Pixels.rawAt(image, ny * stride + nx) == centre && ++same > 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** pixelmatch's YIQ distance of two ARGB pixels, each blended onto white by its alpha. */
    static double colorDelta(int p, int q) {
        double pa = ((p >>> 24) & 0xff) / 255.0;
        double qa = ((q >>> 24) & 0xff) / 255.0;
        double r1 = 255 + (((p >> 16) & 0xff) - 255) * pa;
        double g1 = 255 + (((p >> 8) & 0xff) - 255) * pa;
        double b1 = 255 + ((p & 0xff) - 255) * pa;
        double r2 = 255 + (((q >> 16) & 0xff) - 255) * qa;
        double g2 = 255 + (((q >> 8) & 0xff) - 255) * qa;
        double b2 = 255 + ((q & 0xff) - 255) * qa;
        double dr = r1 - r2;
        double dg = g1 - g2;
        double db = b1 - b2;
        double yDelta = dr * 0.29889531 + dg * 0.58662247 + db * 0.11448223;
        double iDelta = dr * 0.59597799 - dg * 0.27417610 - db * 0.32180189;
        double qDelta = dr * 0.21147017 - dg * 0.52261711 + db * 0.31114694;
        return 0.5053 * yDelta * yDelta + 0.299 * iDelta * iDelta + 0.1957 * qDelta * qDelta;
    }

    private static int faded(int argb) {
        int grey = (int) Math.round(255 + (RowBrightness.of(argb) - 255) * 0.1);
        return 0xff000000 | grey << 16 | grey << 8 | grey;
    }

    static BufferedImage read(byte[] image) {
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
