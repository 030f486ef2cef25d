package dev.replayharness.bundle;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Orders serialized events by timestamp, ties in input order, within a memory budget: beyond it, sorted runs
 * spill to temporary files and are merged when read. Exact duplicates (same window, same bytes, same
 * timestamp) are dropped while merging, since PostHog sometimes delivers an event twice.
 */
final class EventSorter implements Closeable {

    /** One event: its sort key and its compact JSON. */
    record Entry(long timestamp, long sequence, int window, byte[] json) {
    }

    private static final Comparator<Entry> ORDER =
            Comparator.comparingLong(Entry::timestamp).thenComparingLong(Entry::sequence);
    private static final int ENTRY_OVERHEAD_BYTES = 64;

    private final long budget;
    private final List<Path> runs = new ArrayList<>();
    private List<Entry> memory = new ArrayList<>();
    private long memoryBytes;
    private boolean finished;

    EventSorter(long budgetBytes) {
        this.budget = budgetBytes;
    }

    /** Whether adding an event of this size would push the in-memory events past the budget. */
    boolean wouldExceedBudget(int jsonBytes) {
        return memoryBytes + jsonBytes + ENTRY_OVERHEAD_BYTES > budget;
    }

    /** Forgets every event held, for a caller that will read its input again instead. */
    void discard() throws IOException {
        close();
        memory = new ArrayList<>();
        memoryBytes = 0;
    }

    void add(Entry entry) throws IOException {
        memory.add(entry);
        memoryBytes += entry.json().length + ENTRY_OVERHEAD_BYTES;
        if (memoryBytes > budget) {
            spill();
        }
    }

    private void spill() throws IOException {
        memory.sort(ORDER);
        Path run = Files.createTempFile("replay-events-", ".run");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (Entry entry : memory) {
                out.writeLong(entry.timestamp());
                out.writeLong(entry.sequence());
                out.writeInt(entry.window());
                out.writeInt(entry.json().length);
                out.write(entry.json());
            }
        }
        memory = new ArrayList<>();
        memoryBytes = 0;
    }

    void finish() {
        memory.sort(ORDER);
        finished = true;
    }

    /** A fresh pass over all events in order, duplicates removed. */
    Iterator<Entry> ordered() {
        if (!finished) {
            throw new IllegalStateException("finish() first");
        }
        List<Iterator<Entry>> sources = new ArrayList<>();
        sources.add(memory.iterator());
        for (Path run : runs) {
            sources.add(new RunReader(run));
        }
        return new Deduplicating(sources.size() == 1 ? sources.get(0) : new Merging(sources));
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        runs.clear();
        memory = List.of();
    }

    /** k-way merge of sorted iterators. */
    private static final class Merging implements Iterator<Entry> {
        private record Head(Entry entry, Iterator<Entry> source) {
        }

        private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::entry, ORDER));

        Merging(List<Iterator<Entry>> sources) {
            for (Iterator<Entry> source : sources) {
                if (source.hasNext()) {
                    heads.add(new Head(source.next(), source));
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Entry next() {
            Head head = heads.poll();
            if (head == null) {
                throw new NoSuchElementException();
            }
            if (head.source().hasNext()) {
                heads.add(new Head(head.source().next(), head.source()));
            }
            return head.entry();
        }
    }

    /** Drops an entry identical (window and bytes) to one already seen at the same timestamp. */
    private static final class Deduplicating implements Iterator<Entry> {
        private final Iterator<Entry> source;
        private final SameTimestampDuplicates<Entry> duplicates = new SameTimestampDuplicates<>(
                entry -> 31 * entry.window() + entry.json().length,
                (a, b) -> a.window() == b.window() && Arrays.equals(a.json(), b.json()));
        private Entry next;

        Deduplicating(Iterator<Entry> source) {
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            while (next == null && source.hasNext()) {
                Entry candidate = source.next();
                if (duplicates.isNew(candidate.timestamp(), candidate)) {
                    next = candidate;
                }
            }
            return next != null;
        }

        @Override
        public Entry next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Entry result = next;
            next = null;
            return result;
        }
    }

    /** Reads one spilled run back. */
    private static final class RunReader implements Iterator<Entry> {
        private final DataInputStream in;
        private Entry next;

        RunReader(Path run) {
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            advance();
        }

        private void advance() {
            try {
                long timestamp = in.readLong();
                long sequence = in.readLong();
                int window = in.readInt();
                byte[] json = new byte[in.readInt()];
                in.readFully(json);
                next = new Entry(timestamp, sequence, window, json);
            } catch (EOFException e) {
                next = null;
                closeQuietly();
            } catch (IOException e) {
                closeQuietly();
                throw new UncheckedIOException(e);
            }
        }

        private void closeQuietly() {
            try {
                in.close();
            } catch (IOException ignored) {
                // Reading is over either way.
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Entry next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Entry result = next;
            advance();
            return result;
        }
    }
}
