package dev.replayharness.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * Spots exact duplicates in events that arrive in timestamp order: a duplicate shares its original's timestamp,
 * so only the events of the current timestamp are remembered.
 *
 * @param <T> the event representation
 */
final class SameTimestampDuplicates<T> {

    private final ToIntFunction<T> cheapHash;
    private final BiPredicate<T, T> same;
    private final Map<Integer, List<T>> seen = new HashMap<>();
    private long timestamp = Long.MIN_VALUE;

    /**
     * @param cheapHash a hash that is quick to compute (equal items must hash alike), to bucket candidates
     * @param same      full equality
     */
    SameTimestampDuplicates(ToIntFunction<T> cheapHash, BiPredicate<T, T> same) {
        this.cheapHash = cheapHash;
        this.same = same;
    }

    /** False when an equal item was already seen at this timestamp; otherwise remembers it and returns true. */
    boolean isNew(long timestamp, T item) {
        if (timestamp != this.timestamp) {
            this.timestamp = timestamp;
            seen.clear();
        }
        List<T> bucket = seen.computeIfAbsent(cheapHash.applyAsInt(item), hash -> new ArrayList<>(1));
        for (T earlier : bucket) {
            if (same.test(earlier, item)) {
                return false;
            }
        }
        bucket.add(item);
        return true;
    }
}
