package com.example.shop;

import dev.replayharness.junit5.ReplayTest;
import dev.replayharness.junit5.ReplayTests;
import org.junit.jupiter.api.DynamicNode;

import java.util.stream.Stream;

/**
 * Every recording in src/test/replays replayed against the shop given by {@code -Dreplay.target=URL}: one test
 * container per recording, one test per step, failing at the step where the build diverged. posthog-js masked what
 * the user chose and typed in the search-filter session; {@code input} gives those fields values, by field name.
 */
class ShopReplaysTest {

    @ReplayTest(bundles = "src/test/replays", input = {"category=kitchen", "sort=price-asc", "product-search=steel"})
    Stream<DynamicNode> replays(ReplayTests tests) {
        return tests.stream();
    }
}
