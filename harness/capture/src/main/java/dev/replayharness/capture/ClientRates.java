package dev.replayharness.capture;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of a few seconds'
 * worth. The least recently seen clients are forgotten past a bound, so hostile addresses cannot fill memory.
 */
final class ClientRates {

    private static final int REMEMBERED = 100_000;
    private static final int BURST_SECONDS = 5;

    private final double perSecond;
    private final double burst;
    private final Map<String, double[]> buckets = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    ClientRates(int perSecond) {
        this.perSecond = perSecond;
        this.burst = (double) perSecond * BURST_SECONDS;
    }

    /** Takes a token for {@code client}; false when it has none left. */
    synchronized boolean take(String client, long nowNanos) {
        double[] bucket = buckets.computeIfAbsent(client, c -> new double[] {burst, nowNanos});
        double tokens = Math.min(burst, bucket[0] + (nowNanos - bucket[1]) / 1e9 * perSecond);
        bucket[1] = nowNanos;
        if (tokens < 1) {
            bucket[0] = tokens;
            return false;
        }
        bucket[0] = tokens - 1;
        return true;
    }
}
