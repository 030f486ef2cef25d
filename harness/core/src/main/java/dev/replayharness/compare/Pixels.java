package dev.replayharness.compare;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * An image's pixels as one ARGB int each, read straight from the raster for the layouts PNG decoding gives
 * ({@code getRGB} converts pixel by pixel through the colour model, many times slower).
 */
final class Pixels {

    private Pixels() {
    }

    /** Whether two images of one layout hold the very same raster bytes (compared at memory speed). */
    static boolean sameRaster(BufferedImage a, BufferedImage b) {
        if (a.getType() != b.getType() || a.getType() == BufferedImage.TYPE_CUSTOM
                || a.getRaster().getParent() != null || b.getRaster().getParent() != null) {
            return false;
        }
        if (a.getRaster().getDataBuffer() instanceof DataBufferByte x && b.getRaster().getDataBuffer() instanceof DataBufferByte y) {
            return java.util.Arrays.equals(x.getData(), y.getData());
        }
        if (a.getRaster().getDataBuffer() instanceof DataBufferInt x && b.getRaster().getDataBuffer() instanceof DataBufferInt y) {
            return java.util.Arrays.equals(x.getData(), y.getData());
        }
        return false;
    }

    static int[] argb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int count = width * height;
        switch (image.getType()) {
            case BufferedImage.TYPE_INT_ARGB -> {
                int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                if (data.length == count && image.getRaster().getParent() == null) {
                    return data;
                }
            }
            case BufferedImage.TYPE_INT_RGB -> {
                int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                if (data.length == count && image.getRaster().getParent() == null) {
                    int[] opaque = new int[count];
                    for (int i = 0; i < count; i++) {
                        opaque[i] = 0xff000000 | data[i];
                    }
                    return opaque;
                }
            }
            case BufferedImage.TYPE_4BYTE_ABGR -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                if (data.length == count * 4 && image.getRaster().getParent() == null) {
                    int[] pixels = new int[count];
                    for (int i = 0, j = 0; i < count; i++, j += 4) {
                        pixels[i] = (data[j] & 0xff) << 24 | (data[j + 3] & 0xff) << 16 | (data[j + 2] & 0xff) << 8
                                | (data[j + 1] & 0xff);
                    }
                    return pixels;
                }
            }
            case BufferedImage.TYPE_3BYTE_BGR -> {
                byte[] data = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                if (data.length == count * 3 && image.getRaster().getParent() == null) {
                    int[] pixels = new int[count];
                    for (int i = 0, j = 0; i < count; i++, j += 3) {
                        pixels[i] = 0xff000000 | (data[j + 2] & 0xff) << 16 | (data[j + 1] & 0xff) << 8
                                | (data[j] & 0xff);
                    }
                    return pixels;
                }
            }
            default -> { }
        }
        return image.getRGB(0, 0, width, height, null, 0, width);
    }
}
