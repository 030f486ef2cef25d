package dev.replayharness.journey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids of records as apps print and route them, and what is not one. */
class RecordIdsTest {

    @Test
    void anIdInTextIsFoundWithItsPrefixAndWithoutItsHash() {
        assertThat(RecordIds.find("Order #LG-48213 placed")).contains("LG-48213");
        assertThat(RecordIds.find("Invoice #48213")).contains("48213");
        assertThat(RecordIds.find("ticket 3f2a9c1e-0b4d-4e8f-9a7b-1c2d3e4f5a6b")).contains(
                "3f2a9c1e-0b4d-4e8f-9a7b-1c2d3e4f5a6b");
    }

    @Test
    void yearsPricesAndWordsAreNotIds() {
        assertThat(RecordIds.find("The 2025 collection")).isEmpty();
        assertThat(RecordIds.find("Total $45.58")).isEmpty();
        assertThat(RecordIds.find("Add to cart")).isEmpty();
        assertThat(RecordIds.find(null)).isEmpty();
    }

    @Test
    void anIdInAPathIsAWholeSegment() {
        assertThat(RecordIds.inPath("/api/account/orders/LG-48213")).contains("LG-48213");
        assertThat(RecordIds.inPath("/users/1024/profile")).contains("1024");
        assertThat(RecordIds.inPath("/archive/2024/")).isEmpty();
        assertThat(RecordIds.inPath("/api/products")).isEmpty();
        assertThat(RecordIds.inPath("/assets/app-4f3a.js")).isEmpty();
    }
}
