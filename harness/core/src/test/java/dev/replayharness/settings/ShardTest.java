package dev.replayharness.settings;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShardTest {

    private static final List<String> NAMES = IntStream.range(0, 200).mapToObj(i -> "bundles/journey-" + i + "/rrweb")
            .toList();

    @Test
    void theShardsTogetherCoverEveryBundleExactlyOnce() {
        for (int count = 1; count <= 5; count++) {
            List<String> covered = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                Shard shard = new Shard(index, count);
                NAMES.stream().filter(shard::owns).forEach(covered::add);
            }
            assertThat(covered).hasSize(NAMES.size()).containsExactlyInAnyOrderElementsOf(NAMES);
        }
    }

    @Test
    void aBundleAlwaysLandsOnTheSameShardWhateverElseIsThere() {
        Shard first = Shard.parse("1/3");
        List<String> owned = NAMES.stream().filter(first::owns).toList();

        assertThat(NAMES.subList(0, 50).stream().filter(first::owns).toList())
                .isEqualTo(owned.stream().filter(NAMES.subList(0, 50)::contains).toList());
        assertThat(owned).isNotEmpty().hasSizeLessThan(NAMES.size());
    }

    @Test
    void badShardsAreRefusedWithTheForm() {
        assertThatThrownBy(() -> Shard.parse("3/2")).hasMessageContaining("1 <= K <= N");
        assertThatThrownBy(() -> Shard.parse("2")).hasMessageContaining("K/N");
        assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("whole numbers");
    }
}
