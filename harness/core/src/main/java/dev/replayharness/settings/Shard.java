package dev.replayharness.settings;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * One of N slices of the bundles, for spreading a suite over CI machines: a bundle belongs to the shard its name
 * hashes to, so it always lands on the same shard whatever else is added or removed, and the N shards together
 * cover every bundle exactly once.
 *
 * @param index 1-based
 * @param count how many shards
 */
public record Shard(int index, int count) {

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, was " + index + "/" + count);
        }
    }

    /** Reads {@code K/N}, e.g. {@code 2/3}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a shard is written K/N (e.g. 1/2), was '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a shard is written K/N with whole numbers, was '" + text + "'");
        }
    }

    /** Whether the bundle of this name is this shard's. */
    public boolean owns(String bundleName) {
        CRC32 crc = new CRC32();
        crc.update(bundleName.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
