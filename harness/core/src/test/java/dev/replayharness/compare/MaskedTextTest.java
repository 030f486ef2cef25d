package dev.replayharness.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedTextTest {

    private static List<String> words(String text) {
        return List.of(text.split(" "));
    }

    @Test
    void aRegionWithTheUsersMaskedElementsLeftOutHoldsOnlyWordsTheRecordedRegionHad() {
        List<String> recorded = words("Tip of the day Store garden tools clean and dry. Another tip");

        assertThat(MaskedText.holdsWords(recorded, words("Tip of the day Another tip"))).isTrue();
        assertThat(MaskedText.holdsWords(recorded, words("Tip of the week Another tip")))
                .as("a word outside the masked elements changed").isFalse();
        assertThat(MaskedText.holdsWords(recorded, words("Tip of the day Another tip tip")))
                .as("a word shown more often than recorded").isFalse();
    }

    @Test
    void aWordTheRecorderMaskedStandsForAnyOneWord() {
        assertThat(MaskedText.holdsWords(words("Hello **** ***"), words("Hello Ada"))).isTrue();
        assertThat(MaskedText.holdsWords(words("Hello ****"), words("Hello Ada Lovelace"))).isFalse();
    }
}
