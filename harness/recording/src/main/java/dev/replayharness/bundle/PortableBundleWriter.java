package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a recording as a portable bundle: gzip'd JSON-lines chunks of {@code [window, event]} of bounded size,
 * then {@code manifest.json} with every chunk's size and SHA-256. The same recording always gives the same
 * bytes: fixed entry times, fixed order, stored (already compressed) chunks.
 */
public final class PortableBundleWriter {

    /** Default bound on a chunk's JSON before compression. */
    public static final int DEFAULT_CHUNK_BYTES = 4 << 20;
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    static final String WRITER_NAME = "replay-harness";
    static final String WRITER_VERSION = "0.1.0";

    private final int chunkBytes;
    private final ObjectMapper mapper = new ObjectMapper();

    /** A writer with {@link #DEFAULT_CHUNK_BYTES}. */
    public PortableBundleWriter() {
        this(DEFAULT_CHUNK_BYTES);
    }

    /** A writer that starts a new chunk once one holds {@code chunkBytes} of JSON. */
    public PortableBundleWriter(int chunkBytes) {
        if (chunkBytes < 1024) {
            throw new IllegalArgumentException("chunks must hold at least 1024 bytes, not " + chunkBytes);
        }
        this.chunkBytes = chunkBytes;
    }

    /**
     * Writes {@code recording} to {@code out} (replaced atomically: a failed write leaves no half file).
     *
     * @return the manifest written
     */
    public BundleManifest write(Recording recording, Path out) {
        return AtomicReplace.write(out, "bundle", temp -> {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                List<BundleManifest.Entry> entries = new ArrayList<>();
                Chunk[] chunk = {new Chunk()};
                // One pass writes the chunks and, unless already known, counts what goes into the manifest.
                RecordingMetadata metadata = recording.passOver(event -> {
                    chunk[0].add(event.window(), event.event().raw());
                    if (chunk[0].json.size() >= chunkBytes) {
                        entries.add(chunk[0].store(zip, entries.size()));
                        chunk[0] = new Chunk();
                    }
                });
                if (chunk[0].events > 0 || entries.isEmpty()) {
                    entries.add(chunk[0].store(zip, entries.size()));
                }
                BundleManifest manifest = manifest(metadata, entries);
                ZipEntry entry = new ZipEntry(PortableBundleReader.MANIFEST);
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(manifest));
                zip.closeEntry();
                return manifest;
            }
        });
    }

    /** One chunk being filled: its JSON lines, then gzip'd and stored. */
    private final class Chunk {
        final ByteArrayOutputStream json = new ByteArrayOutputStream();
        long events;

        void add(int window, com.fasterxml.jackson.databind.JsonNode event) throws IOException {
            try (JsonGenerator generator = mapper.createGenerator(nonClosing(json))) {
                generator.writeStartArray();
                generator.writeNumber(window);
                mapper.writeTree(generator, event);
                generator.writeEndArray();
            }
            json.write('\n');
            events++;
        }

        BundleManifest.Entry store(ZipOutputStream zip, int number) throws IOException {
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
                json.writeTo(gzip);
            }
            byte[] bytes = gzipped.toByteArray();
            String path = "events/chunk-%05d.jsonl.gz".formatted(number);
            ZipEntry entry = new ZipEntry(path);
            entry.setTimeLocal(ENTRY_TIME);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
            String sha = HexFormat.of().formatHex(PortableBundleReader.sha256().digest(bytes));
            return new BundleManifest.Entry(path, "events", bytes.length, sha, events, json.size());
        }
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // The chunk buffer stays open for the next line.
            }
        };
    }

    static BundleManifest manifest(RecordingMetadata metadata, List<BundleManifest.Entry> entries) {
        List<BundleManifest.Window> windows = metadata.windows().stream()
                .map(w -> new BundleManifest.Window(w.index(), w.sourceId(), w.firstTimestamp(), w.lastTimestamp(),
                        w.eventCount())).toList();
        return new BundleManifest(BundleManifest.FORMAT, BundleManifest.VERSION,
                new BundleManifest.Writer(WRITER_NAME, WRITER_VERSION), metadata.sessionId(),
                new BundleManifest.Source(metadata.originFormat().id(), metadata.sourceFiles()), windows,
                metadata.start(), metadata.end(), metadata.durationMillis(), metadata.pageUrls(),
                new BundleManifest.EventCounts(metadata.eventCount(), new TreeMap<>(metadata.countsByType()),
                        new TreeMap<>(metadata.countsBySource())), entries);
    }
}
