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
 * @param storageState     a Playwright storage-state file each replay's context starts from (cookies, local
 *                         storage: a logged-in user), kept on the recording's origin; null: a fresh context
 * @param saveStorageState where to write each replay's storage state at its end ({@code .json} file, or a folder
 *                         of {@code <recording>.json}), on the recording's origin; null for none
 */
public record ReplayConditions(ClockMode clock, long seed, NetworkMode network, Path recordHar, Path storageState,
                               Path saveStorageState) {

    public ReplayConditions {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(network, "network");
    }

    /** The recorded clock, the default seed, the live network, no HAR written, a fresh context. */
    public static ReplayConditions defaults() {
        return new ReplayConditions(ClockMode.RECORDED, SeededChance.DEFAULT_SEED, NetworkMode.LIVE, null, null, null);
    }

    public ReplayConditions withClock(ClockMode mode) {
        return new ReplayConditions(mode, seed, network, recordHar, storageState, saveStorageState);
    }

    public ReplayConditions withSeed(long newSeed) {
        return new ReplayConditions(clock, newSeed, network, recordHar, storageState, saveStorageState);
    }

    public ReplayConditions withNetwork(NetworkMode mode) {
        return new ReplayConditions(clock, seed, mode, recordHar, storageState, saveStorageState);
    }

    public ReplayConditions withRecordHar(Path har) {
        return new ReplayConditions(clock, seed, network, har, storageState, saveStorageState);
    }

    /** Each replay starts from {@code state} (a storage-state file); null for a fresh context. */
    public ReplayConditions startingFrom(Path state) {
        return new ReplayConditions(clock, seed, network, recordHar, state, saveStorageState);
    }

    /** Each replay's storage state is written to {@code state} at its end; null for none. */
    public ReplayConditions savingStateTo(Path state) {
        return new ReplayConditions(clock, seed, network, recordHar, storageState, state);
    }
}
