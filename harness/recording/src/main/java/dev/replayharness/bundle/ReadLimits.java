package dev.replayharness.bundle;

/**
 * Bounds that keep hostile or broken input from exhausting memory or time. The defaults read every real
 * recording seen so far; raise them deliberately for unusual ones.
 *
 * @param maxNestingDepth        deepest JSON nesting accepted (a serialized DOM nests two levels per element)
 * @param maxStringLength        longest JSON string, in characters (inlined images and fonts can be large)
 * @param maxDecompressedBytes   most bytes any one gzip/Snappy stream or ZIP entry may expand to
 * @param maxExpansionRatio      most a compressed stream may expand relative to its compressed size, once past
 *                               the first megabyte (a bomb expands by thousands)
 * @param sortMemoryBytes        event bytes held in memory while ordering events; beyond it sorted runs spill
 *                               to temporary files
 * @param maxZipEntries          most entries a portable bundle may have
 */
public record ReadLimits(int maxNestingDepth, int maxStringLength, long maxDecompressedBytes, int maxExpansionRatio,
                         long sortMemoryBytes, int maxZipEntries) {

    public ReadLimits {
        if (maxNestingDepth < 16 || maxStringLength < 1024 || maxDecompressedBytes < 1024 || maxExpansionRatio < 2
                || sortMemoryBytes < 1024 || maxZipEntries < 1) {
            throw new IllegalArgumentException("read limits too small: " + maxNestingDepth + ", " + maxStringLength
                    + ", " + maxDecompressedBytes + ", " + maxExpansionRatio + ", " + sortMemoryBytes + ", "
                    + maxZipEntries);
        }
    }

    /** Depth 2000, strings up to 64 Mi chars, 8 GiB per stream, ratio 200 (JSON compresses 5 to 50 times), 64 MiB sort memory, 10 000 entries. */
    public static ReadLimits defaults() {
        return new ReadLimits(2000, 64 * 1024 * 1024, 8L << 30, 200, 64L << 20, 10_000);
    }

    /** The same limits with another sort memory budget. */
    public ReadLimits withSortMemoryBytes(long bytes) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxDecompressedBytes, maxExpansionRatio, bytes,
                maxZipEntries);
    }

    /** The same limits with another bound on decompressed size and ratio. */
    public ReadLimits withDecompression(long maxBytes, int maxRatio) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxBytes, maxRatio, sortMemoryBytes, maxZipEntries);
    }

    /** The same limits with other JSON bounds. */
    public ReadLimits withJson(int nestingDepth, int stringLength) {
        return new ReadLimits(nestingDepth, stringLength, maxDecompressedBytes, maxExpansionRatio, sortMemoryBytes,
                maxZipEntries);
    }
}
