package dev.replayharness.run;

import dev.replayharness.conditions.ClockMode;
import dev.replayharness.conditions.ReplayConditions;
import dev.replayharness.inputs.InputValues;
import dev.replayharness.journey.UrlRewrite;
import dev.replayharness.network.NetworkMode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How replays run.
 *
 * @param stepTimeout    the longest a step may wait for its target or its navigation
 * @param settleTimeout  the longest to wait after a step for the page to go quiet (no request in flight, no DOM
 *                       change for a moment); a page still busy then is noted, not failed
 * @param outputDir      where screenshots go ({@code <outputDir>/<recording>/step-NN.png}), or null for none
 * @param inputs         values for masked fields, by field id, name, label or {@code step:N}; the secret ones are
 *                       hidden in every result
 * @param allowedOrigins origins besides the target's the replayed page may reach (CDNs); all others are blocked
 * @param conditions     the page's clock, chance and network: the recording's (dates, "today", countdowns and
 *                       answers read as the user saw them) or the machine's
 * @param slowRequestMillis a request slower than this is reported (unless it was as slow when recorded)
 * @param maskSelectors  CSS selectors of elements whose areas are left out of picture comparisons (ads, clocks,
 *                       avatars); their boxes are measured on the page after each step
 * @param urlRewrites    rewrites of the recorded addresses (navigations, the address expected after each step),
 *                       in order: production's ids onto the target's
 */
public record ReplayOptions(Duration stepTimeout, Duration settleTimeout, Path outputDir, InputValues inputs,
                            Set<String> allowedOrigins, ReplayConditions conditions, long slowRequestMillis,
                            List<String> maskSelectors, List<UrlRewrite> urlRewrites) {

    public ReplayOptions {
        Objects.requireNonNull(stepTimeout, "stepTimeout");
        Objects.requireNonNull(settleTimeout, "settleTimeout");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(inputs, "inputs");
        allowedOrigins = Set.copyOf(allowedOrigins);
        maskSelectors = List.copyOf(maskSelectors);
        urlRewrites = List.copyOf(urlRewrites);
    }

    /**
     * 10 s per step, 3 s to settle, screenshots under {@code target/replay}, no inputs, no other origins, the
     * recorded clock, the default seed, the live network, requests slower than 2 s reported.
     */
    public static ReplayOptions defaults() {
        return new ReplayOptions(Duration.ofSeconds(10), Duration.ofSeconds(3), Path.of("target", "replay"),
                InputValues.none(), Set.of(), ReplayConditions.defaults(), 2000, List.of(), List.of());
    }

    /** Values given as they are, none of them secret. */
    public ReplayOptions withInputs(Map<String, String> values) {
        return withInputs(InputValues.given(values));
    }

    public ReplayOptions withInputs(InputValues values) {
        return new ReplayOptions(stepTimeout, settleTimeout, outputDir, values, allowedOrigins, conditions,
                slowRequestMillis, maskSelectors, urlRewrites);
    }

    public ReplayOptions withOutputDir(Path dir) {
        return new ReplayOptions(stepTimeout, settleTimeout, dir, inputs, allowedOrigins, conditions,
                slowRequestMillis, maskSelectors, urlRewrites);
    }

    public ReplayOptions withStepTimeout(Duration timeout) {
        return new ReplayOptions(timeout, settleTimeout, outputDir, inputs, allowedOrigins, conditions,
                slowRequestMillis, maskSelectors, urlRewrites);
    }

    public ReplayOptions withMaskSelectors(List<String> selectors) {
        return new ReplayOptions(stepTimeout, settleTimeout, outputDir, inputs, allowedOrigins, conditions,
                slowRequestMillis, selectors, urlRewrites);
    }

    public ReplayOptions withAllowedOrigins(Set<String> origins) {
        return new ReplayOptions(stepTimeout, settleTimeout, outputDir, inputs, origins, conditions,
                slowRequestMillis, maskSelectors, urlRewrites);
    }

    public ReplayOptions withUrlRewrites(List<UrlRewrite> rewrites) {
        return new ReplayOptions(stepTimeout, settleTimeout, outputDir, inputs, allowedOrigins, conditions,
                slowRequestMillis, maskSelectors, rewrites);
    }

    public ReplayOptions withConditions(ReplayConditions given) {
        return new ReplayOptions(stepTimeout, settleTimeout, outputDir, inputs, allowedOrigins, given,
                slowRequestMillis, maskSelectors, urlRewrites);
    }

    public ReplayOptions withClock(ClockMode mode) {
        return withConditions(conditions.withClock(mode));
    }

    public ReplayOptions withNetwork(NetworkMode mode) {
        return withConditions(conditions.withNetwork(mode));
    }
}
