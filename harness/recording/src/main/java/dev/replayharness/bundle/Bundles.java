package dev.replayharness.bundle;

import java.nio.file.Path;
import java.util.List;

/**
 * The way in: opens any supported recording file, whatever its format, detected from its content.
 *
 * <pre>{@code
 * try (Recording recording = Bundles.open(Path.of("session.json.gz"))) {
 *     RecordingMetadata metadata = recording.metadata();
 *     try (EventStream events = recording.events()) { ... }
 * }
 * }</pre>
 */
public final class Bundles {

    private Bundles() {
    }

    /**
     * Reads a PostHog export, PostHog snapshot blob (JSON lines or Snappy blocks), posthog-js capture payload,
     * rrweb event array or JSON lines (each plain or gzip), or a portable bundle.
     *
     * @throws BundleException when the file cannot be read; the message says where and why
     */
    public static Recording open(Path file) {
        return open(file, ReadLimits.defaults());
    }

    /** {@link #open(Path)} with other limits. */
    public static Recording open(Path file, ReadLimits limits) {
        return openAll(List.of(file), limits);
    }

    /**
     * Reads several files of one session as one recording, e.g. every {@code /s/} body posthog-js sent, or
     * the blobs of a snapshot API listing. Events are merged in timestamp order and duplicates dropped.
     */
    public static Recording openAll(List<Path> files, ReadLimits limits) {
        return openAll(files, limits, ReadProgress.NONE);
    }

    /** {@link #openAll(List, ReadLimits)}, reporting how far each file has been read. */
    public static Recording openAll(List<Path> files, ReadLimits limits, ReadProgress progress) {
        return new RecordingLoader(limits, progress).load(files);
    }

    /**
     * The file's format when it holds a recording, else empty: its format is recognised and its first event has an
     * integer {@code type} and a numeric {@code timestamp}. Reads only the file's start, so a folder can be searched
     * for recordings among other JSON files (step lists, request logs) cheaply.
     */
    public static java.util.Optional<SourceFormat> probe(Path file) {
        ReadLimits limits = ReadLimits.defaults();
        try (SourceReader reader = SourceOpener.open(file, limits, JsonSupport.mapper(limits), ReadProgress.NONE)) {
            SourceEvent first = reader.next();
            if (first == null || !first.event().path("type").canConvertToExactIntegral()
                    || !first.event().path("timestamp").isNumber()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(reader.format());
        } catch (java.io.IOException | RuntimeException notARecording) {
            return java.util.Optional.empty();
        }
    }
}
