package dev.replayharness.capture.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.capture.intake.CapturedEvent;
import dev.replayharness.capture.intake.Refusal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One session's journal: a file of JSON lines, one per accepted event ({@code {"id", "snapshot", "event"}}),
 * appended and synced before the request that brought them is answered. An event already in it (a retry) is not
 * written again. Reopened after a crash, a torn last line (a write the kill cut short, never acknowledged) is cut off.
 */
final class SessionJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String sessionId;
    private final Path file;
    private final FileChannel channel;
    private final Set<String> seen = new HashSet<>();
    private long lastAppendMillis;
    private boolean closed;

    private SessionJournal(String sessionId, Path file, FileChannel channel, long lastAppendMillis) {
        this.sessionId = sessionId;
        this.file = file;
        this.channel = channel;
        this.lastAppendMillis = lastAppendMillis;
    }

    /** Opens (or creates) the journal of {@code sessionId} at {@code file}, recovering what it holds. */
    static SessionJournal open(String sessionId, Path file) {
        try {
            boolean existed = Files.exists(file);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            SessionJournal journal = new SessionJournal(sessionId, file, channel,
                    existed ? Files.getLastModifiedTime(file).toMillis() : System.currentTimeMillis());
            journal.recover();
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void recover() throws IOException {
        long goodLength = 0;
        byte[] all = Files.readAllBytes(file);
        int start = 0;
        for (int i = 0; i < all.length; i++) {
            if (all[i] == '\n') {
                JsonNode line = parse(all, start, i - start);
                if (line == null) {
                    break; // a line that does not parse: everything from it on is a torn write
                }
                seen.add(line.path("id").asText());
                goodLength = i + 1;
                start = i + 1;
            }
        }
        if (goodLength < all.length) {
            channel.truncate(goodLength);
            channel.force(true);
        }
        channel.position(goodLength);
    }

    private static JsonNode parse(byte[] bytes, int offset, int length) {
        try {
            JsonNode node = JSON.readTree(bytes, offset, length);
            return node != null && node.has("id") && node.has("event") ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    String sessionId() {
        return sessionId;
    }

    /**
     * Appends the events not already in the journal and syncs them to disk.
     *
     * @return how many were new
     */
    synchronized int append(List<CapturedEvent> events, long nowMillis) {
        if (closed) {
            // finalised between finding the journal and appending: posthog-js retries a 503, into a new journal
            throw new Refusal(503, "session " + sessionId + " was being finalised; retry");
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int added = 0;
        Set<String> inThisBatch = new HashSet<>();
        try {
            for (CapturedEvent event : events) {
                if (seen.contains(event.identity()) || !inThisBatch.add(event.identity())) {
                    continue;
                }
                ObjectNode line = JSON.createObjectNode().put("id", event.identity()).put("snapshot", event.snapshot());
                line.set("event", event.json());
                lines.write(JSON.writeValueAsBytes(line));
                lines.write('\n');
                added++;
            }
            if (added > 0) {
                ByteBuffer buffer = ByteBuffer.wrap(lines.toByteArray());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
                seen.addAll(inThisBatch);
            }
            lastAppendMillis = nowMillis;
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the journal " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized long lastAppendMillis() {
        return lastAppendMillis;
    }

    synchronized int size() {
        return seen.size();
    }

    Path file() {
        return file;
    }

    /** The events journaled, in the order they came: snapshots and context events apart. */
    synchronized Contents contents() {
        List<JsonNode> snapshots = new ArrayList<>();
        List<JsonNode> context = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode node = JSON.readTree(line);
                (node.path("snapshot").asBoolean() ? snapshots : context).add(node.get("event"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        return new Contents(snapshots, context);
    }

    /** A journal's events: the {@code $snapshot}s and the session's other events. */
    record Contents(List<JsonNode> snapshots, List<JsonNode> context) {
        Contents {
            snapshots = List.copyOf(snapshots);
            context = List.copyOf(context);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a synced journal loses nothing
        }
    }
}
