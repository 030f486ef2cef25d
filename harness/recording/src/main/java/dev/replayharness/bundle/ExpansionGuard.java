package dev.replayharness.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Wraps a decompressing stream and refuses to expand beyond the limits: an absolute size, and a ratio to the
 * compressed bytes consumed so far (checked past the first mebibyte, since small inputs compress unevenly).
 */
final class ExpansionGuard extends CountingInputStream {

    private static final long RATIO_GRACE_BYTES = 1L << 20;

    private final LongSupplier compressedBytes;
    private final long maxBytes;
    private final int maxRatio;
    private final String what;

    ExpansionGuard(InputStream decompressed, LongSupplier compressedBytes, ReadLimits limits, String what) {
        super(decompressed);
        this.compressedBytes = compressedBytes;
        this.maxBytes = limits.maxDecompressedBytes();
        this.maxRatio = limits.maxExpansionRatio();
        this.what = what;
    }

    @Override
    void counted(long n) throws IOException {
        super.counted(n);
        long expanded = count();
        if (expanded > maxBytes) {
            throw new LimitExceededException(what + " expands beyond " + maxBytes + " bytes (the limit for one stream): "
                    + "refused as a possible decompression bomb");
        }
        long compressed = Math.max(1, compressedBytes.getAsLong());
        if (expanded > RATIO_GRACE_BYTES && expanded / compressed > maxRatio) {
            throw new LimitExceededException(what + " expands " + (expanded / compressed) + " times its compressed size "
                    + "(the limit is " + maxRatio + "): refused as a possible decompression bomb");
        }
    }
}
