package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/** Detects a file's format from its first bytes (never its name) and opens the matching reader. */
final class SourceOpener {

    private static final int PEEK_BYTES = 64 * 1024;
    private static final int BUFFER_BYTES = 256 * 1024;
    private static final java.util.Set<String> EXPORT_DATA_FIELDS =
            java.util.Set.of("snapshots", "snapshotsByWindowId", "person", "id", "metadata");

    private SourceOpener() {
    }

    /** What the first bytes of a JSON document say about its structure. */
    private enum JsonShape { EXPORT, ARRAY_OF_OBJECTS, LINES }

    static SourceReader open(Path file, ReadLimits limits, ObjectMapper mapper, ReadProgress progress)
            throws IOException {
        long size = Files.size(file);
        CountingInputStream raw = new CountingInputStream(Files.newInputStream(file)) {
            private long reported;

            @Override
            void counted(long n) throws IOException {
                super.counted(n);
                // Every mebibyte, not every read: progress reporting must cost nothing measurable.
                if (count() - reported >= (1 << 20) || count() == size) {
                    reported = count();
                    progress.advanced(file, count(), size);
                }
            }
        };
        try {
            BufferedInputStream in = new BufferedInputStream(raw, BUFFER_BYTES);
            byte[] magic = peek(in, 4);
            if (magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                in.close();
                return PortableBundleReader.open(file, limits, mapper);
            }
            InputStream content = in;
            String prefix = "";
            if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                content = new BufferedInputStream(new ExpansionGuard(new GZIPInputStream(in, 64 * 1024), raw::count,
                        limits, "the gzip stream"), BUFFER_BYTES);
                prefix = "decompressed ";
            }
            byte[] head = peek(content, PEEK_BYTES);
            int first = firstNonSpace(head);
            if (first < 0) {
                throw new FormatMismatchException(head.length == 0 ? "the file is empty: expected a recording"
                        : "the file holds only white space: expected a recording");
            }
            if (head[first] == '{' || head[first] == '[') {
                return jsonReader(content, head, mapper, prefix);
            }
            if (prefix.isEmpty() && SnappyBlocksInputStream.looksLikeBlocks(head, head.length)) {
                JsonParser parser = mapper.createParser(new BufferedInputStream(
                        new SnappyBlocksInputStream(content, limits), BUFFER_BYTES));
                return new JsonLinesReader(parser, SourceFormat.POSTHOG_BLOB_V2, SourceFormat.POSTHOG_SNAPPY_BLOCKS,
                        "decompressed ");
            }
            throw new FormatMismatchException("expected a PostHog export, PostHog snapshot blob, posthog-js payload, "
                    + "rrweb JSON (plain or gzip) or a portable bundle (ZIP), but the file starts with bytes "
                    + HexFormat.ofDelimiter(" ").formatHex(head, 0, Math.min(16, head.length)));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static SourceReader jsonReader(InputStream content, byte[] head, ObjectMapper mapper, String prefix)
            throws IOException {
        JsonParser parser = mapper.createParser(content);
        return switch (shape(head, mapper)) {
            case EXPORT -> new PosthogExportReader(parser);
            case ARRAY_OF_OBJECTS -> new JsonArrayReader(parser);
            case LINES -> new JsonLinesReader(parser, SourceFormat.RRWEB_JSONL, null, prefix);
        };
    }

    /** Reads just enough of the peeked bytes to tell the structures apart; a truncated peek is expected. */
    private static JsonShape shape(byte[] head, ObjectMapper mapper) {
        try (JsonParser parser = mapper.createParser(head)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                JsonToken inner = parser.nextToken();
                return inner != null && inner.isScalarValue() ? JsonShape.LINES : JsonShape.ARRAY_OF_OBJECTS;
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("version")) {
                    return JsonShape.EXPORT;
                }
                if (field.equals("data") && value == JsonToken.START_OBJECT) {
                    // An export's data holds the session; an rrweb event's data holds node, source, href...
                    JsonToken inner = parser.nextToken();
                    if (inner == JsonToken.FIELD_NAME && EXPORT_DATA_FIELDS.contains(parser.currentName())) {
                        return JsonShape.EXPORT;
                    }
                    return JsonShape.LINES;
                }
                if (field.equals("type") || field.equals("timestamp") || field.equals("window_id")
                        || field.equals("windowId") || field.equals("event") || field.equals("data")) {
                    return JsonShape.LINES;
                }
                parser.skipChildren();
            }
        } catch (IOException e) {
            // The peek ended inside a value: decide with what was seen.
        }
        return JsonShape.LINES;
    }

    private static byte[] peek(InputStream in, int bytes) throws IOException {
        in.mark(bytes);
        byte[] head = in.readNBytes(bytes);
        in.reset();
        return head;
    }

    private static int firstNonSpace(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (!Character.isWhitespace(bytes[i])) {
                // A UTF-8 byte order mark is not content either.
                if ((bytes[i] & 0xff) == 0xef && i + 2 < bytes.length && (bytes[i + 1] & 0xff) == 0xbb
                        && (bytes[i + 2] & 0xff) == 0xbf) {
                    i += 2;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }
}
