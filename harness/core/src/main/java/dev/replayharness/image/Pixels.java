package dev.replayharness.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An image's pixels as bytes in the layout PNG decoding gives for RGBA images (A, B, G, R per pixel), read straight
 * from the raster: comparing those bytes in place lets {@link Arrays#mismatch} skip equal runs at memory speed, and
 * only the pixels that differ are ever unpacked. Other layouts are converted once.
 */
final class Pixels {

    private static final VarHandle AS_INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private Pixels() {
    }

    /** Whether two images of one layout hold the very same raster bytes (compared at memory speed). */
    static boolean sameRaster(BufferedImage a, BufferedImage b) {
        if (a.getType() != b.getType() || a.getType() == BufferedImage.TYPE_CUSTOM
                || a.getRaster().getParent() != null || b.getRaster().getParent() != null) {
            return false;
        }
        if (a.getRaster().getDataBuffer() instanceof DataBufferByte x && b.getRaster().getDataBuffer() instanceof DataBufferByte y) {
            return Arrays.equals(x.getData(), y.getData());
        }
        if (a.getRaster().getDataBuffer() instanceof DataBufferInt x && b.getRaster().getDataBuffer() instanceof DataBufferInt y) {
            return Arrays.equals(x.getData(), y.getData());
        }
        return false;
    }

    /** The image as A, B, G, R bytes per pixel, row after row; the raster itself when it already is that. */
    static byte[] abgr(BufferedImage image) {
        int count = image.getWidth() * image.getHeight();
        if (image.getType() == BufferedImage.TYPE_4BYTE_ABGR && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == count * 4) {
            return buffer.getData();
        }
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        byte[] bytes = new byte[count * 4];
        for (int i = 0, j = 0; i < count; i++, j += 4) {
            int p = argb[i];
            bytes[j] = (byte) (p >>> 24);
            bytes[j + 1] = (byte) p;
            bytes[j + 2] = (byte) (p >> 8);
            bytes[j + 3] = (byte) (p >> 16);
        }
        return bytes;
    }

    /** The pixel at index {@code i} of an A, B, G, R byte raster as it lies in memory: one load, for equality. */
    static int rawAt(byte[] abgr, int i) {
        return (int) AS_INT.get(abgr, i << 2);
    }

    /** The pixel at index {@code i} of an A, B, G, R byte raster, as one ARGB int. */
    static int argbAt(byte[] abgr, int i) {
        int raw = (int) AS_INT.get(abgr, i << 2);
        return raw & 0xff00ff00 | (raw & 0xff) << 16 | (raw >> 16) & 0xff;
    }
}
