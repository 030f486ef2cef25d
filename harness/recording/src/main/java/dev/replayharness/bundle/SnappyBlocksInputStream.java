package dev.replayharness.bundle;

import org.xerial.snappy.Snappy;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Decompresses PostHog's raw blob storage format ({@code decompress=false}): blocks, each a 4-byte big-endian
 * length followed by that many bytes of raw Snappy data, one block after another.
 */
final class SnappyBlocksInputStream extends InputStream {

    private final DataInputStream in;
    private final ReadLimits limits;
    private byte[] block = new byte[0];
    private int offset;
    private int blocks;
    private long compressedTotal;
    private long expandedTotal;

    SnappyBlocksInputStream(InputStream in, ReadLimits limits) {
        this.in = new DataInputStream(in);
        this.limits = limits;
    }

    /** Whether {@code prefix} starts like a length-prefixed Snappy block. */
    static boolean looksLikeBlocks(byte[] prefix, int length) {
        if (length < 6) {
            return false;
        }
        long size = ((prefix[0] & 0xffL) << 24) | ((prefix[1] & 0xff) << 16) | ((prefix[2] & 0xff) << 8)
                | (prefix[3] & 0xff);
        if (size <= 0 || size > Integer.MAX_VALUE) {
            return false;
        }
        try {
            if (size <= length - 4) {
                return Snappy.isValidCompressedBuffer(prefix, 4, (int) size);
            }
            // The first block runs past the peeked prefix: its varint header must still name a sane length.
            int expanded = Snappy.uncompressedLength(prefix, 4, length - 4);
            return expanded > 0 && expanded >= size / 2;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return block[offset++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, block.length - offset);
        System.arraycopy(block, offset, buffer, off, n);
        offset += n;
        return n;
    }

    private boolean fill() throws IOException {
        while (offset >= block.length) {
            int size;
            try {
                size = in.readInt();
            } catch (EOFException e) {
                return false;
            }
            if (size <= 0) {
                throw new FormatMismatchException("Snappy block " + (blocks + 1) + " declares length " + size);
            }
            byte[] compressed = new byte[size];
            try {
                in.readFully(compressed);
            } catch (EOFException e) {
                throw new FormatMismatchException("Snappy block " + (blocks + 1) + " is truncated: it declares "
                        + size + " bytes");
            }
            int expanded;
            try {
                expanded = Snappy.uncompressedLength(compressed);
            } catch (IOException e) {
                throw new FormatMismatchException("Snappy block " + (blocks + 1) + " is not valid Snappy data");
            }
            compressedTotal += size;
            expandedTotal += expanded;
            if (expandedTotal > limits.maxDecompressedBytes()
                    || (expandedTotal > (1L << 20) && expandedTotal / compressedTotal > limits.maxExpansionRatio())) {
                throw new LimitExceededException("the Snappy blocks expand to " + expandedTotal + " bytes from "
                        + compressedTotal + ": refused as a possible decompression bomb");
            }
            try {
                block = Snappy.uncompress(compressed);
            } catch (IOException e) {
                throw new FormatMismatchException("Snappy block " + (blocks + 1) + " does not decompress: "
                        + e.getMessage());
            }
            offset = 0;
            blocks++;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
