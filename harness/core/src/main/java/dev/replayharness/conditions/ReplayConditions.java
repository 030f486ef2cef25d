package dev.replayharness.conditions;

import dev.replayharness.network.NetworkMode;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a replayed page is given besides the build, so that a replay gives the user's outcome, and the same one
 * every time.
 *
 * @param clock     the page's time: the recording's (the default) or the machine's
 * @param seed      the seed of the page's chance ({@code Math.random}, {@code crypto.randomUUID})
 * @param network   where requests are answered: the target, the recording's responses, or a HAR
 * @param recordHar where to write the network of each replay as a HAR ({@code .har} file, or a folder of
 *                  {@code <recording>.har}), or null for none
 */
public record ReplayConditions(ClockMode clock, long seed, NetworkMode network, Path recordHar) {

    public ReplayConditions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(network, "network");
    }

    /** The recorded clock, the default seed, the live network, no HAR written. */
    public static ReplayConditions defaults() {
        return new ReplayConditions(ClockMode.RECORDED, SeededChance.DEFAULT_SEED, NetworkMode.LIVE, null);
    }

    public ReplayConditions withClock(ClockMode mode) {
        return new ReplayConditions(mode, seed, network, recordHar);
    }

    public ReplayConditions withSeed(long newSeed) {
        return new ReplayConditions(clock, newSeed, network, recordHar);
    }

    public ReplayConditions withNetwork(NetworkMode mode) {
        return new ReplayConditions(clock, seed, mode, recordHar);
    }

    public ReplayConditions withRecordHar(Path har) {
        return new ReplayConditions(clock, seed, network, har);
    }
}
