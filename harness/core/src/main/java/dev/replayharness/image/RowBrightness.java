package dev.replayharness.image;

/**
 * The brightness (YIQ's Y, each pixel blended onto white by its alpha) of an image's rows, worked out a whole row at
 * a time when the comparison first needs it and kept for the three rows around the current one: the anti-aliasing
 * test reads every neighbour's brightness of every differing pixel, so computing it once per pixel instead of once
 * per read is most of that test's cost. Rows without a differing pixel are never computed.
 */
final class RowBrightness {

    private final byte[] image;
    private final int stride;
    private final double[][] rows;
    private final int[] rowIndex = {-1, -1, -1};

    RowBrightness(byte[] image, int stride) {
        this.image = image;
        this.stride = stride;
        this.rows = new double[3][stride];
    }

    /** Row {@code y}'s brightness values, valid until a row three or more away is asked for. */
    double[] row(int y) {
        int slot = y % 3;
        if (rowIndex[slot] != y) {
            double[] values = rows[slot];
            int start = y * stride;
            for (int x = 0; x < stride; x++) {
                values[x] = of(Pixels.argbAt(image, start + x));
            }
            rowIndex[slot] = y;
        }
        return rows[slot];
    }

    /** One ARGB pixel's brightness on white. */
    static double of(int argb) {
        double alpha = ((argb >>> 24) & 0xff) / 255.0;
        return (255 + (((argb >> 16) & 0xff) - 255) * alpha) * 0.29889531
                + (255 + (((argb >> 8) & 0xff) - 255) * alpha) * 0.58662247
                + (255 + ((argb & 0xff) - 255) * alpha) * 0.11448223;
    }
}
