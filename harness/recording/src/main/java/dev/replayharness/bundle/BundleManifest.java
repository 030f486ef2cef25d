package dev.replayharness.bundle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a portable bundle, format version 1 (see docs/bundle-format.md and
 * docs/schema/manifest-v1.schema.json).
 *
 * @param format        always {@value #FORMAT}
 * @param formatVersion "major.minor"; readers refuse a newer major and read a newer minor
 * @param writer        what wrote it
 * @param sessionId     the session id, or null
 * @param source        what it was converted from
 * @param windows       the windows, index order
 * @param start         epoch millis of the first event
 * @param end           epoch millis of the last event
 * @param durationMs    {@code end - start}
 * @param pageUrls      pages visited, in order
 * @param eventCounts   totals by type and incremental source
 * @param entries       every other entry of the ZIP, with size and SHA-256
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BundleManifest(String format, String formatVersion, Writer writer, String sessionId, Source source,
                             List<Window> windows, long start, long end, long durationMs, List<String> pageUrls,
                             EventCounts eventCounts, List<Entry> entries) {

    /** The format name every manifest carries. */
    public static final String FORMAT = "replay-bundle";
    /** The version this harness writes. */
    public static final String VERSION = "1.0";
    /** The major version this harness reads. */
    public static final int READABLE_MAJOR = 1;

    /** @param name the program, @param version its version */
    public record Writer(String name, String version) {
    }

    /** @param format the source format id, @param files the source file names (no folders) */
    public record Source(String format, List<String> files) {
    }

    /** A window: its index, the id its source gave it, and its span. */
    public record Window(int index, String sourceId, long firstTimestamp, long lastTimestamp, long eventCount) {
    }

    /** Event totals. */
    public record EventCounts(long total, Map<String, Long> byType, Map<String, Long> bySource) {
    }

    /**
     * One entry of the ZIP.
     *
     * @param path             its name inside the ZIP, forward slashes, never {@code ..}
     * @param kind             "events" for event chunks, "attachment" for anything else
     * @param size             its stored (compressed chunk) size in bytes
     * @param sha256           lower-case hex SHA-256 of those bytes
     * @param eventCount       events in a chunk (0 for attachments)
     * @param uncompressedSize bytes of JSON lines in a chunk once gunzipped (its size for attachments)
     */
    public record Entry(String path, String kind, long size, String sha256, long eventCount, long uncompressedSize) {
    }
}
