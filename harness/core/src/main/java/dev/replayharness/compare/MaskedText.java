package dev.replayharness.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text compared where the recorder masked some of it. posthog-js and rrweb mask by writing one {@code *} for each
 * character (inputs by default, text under a mask selector), so a masked word says only that some word stood
 * there: it matches any word, and the visible words must match exactly.
 */
final class MaskedText {

    private static final Pattern MASKED_RUN = Pattern.compile("\\*+");

    private MaskedText() {
    }

    /** A word the recorder masked: asterisks only. */
    static boolean isMasked(String word) {
        return !word.isEmpty() && MASKED_RUN.matcher(word).matches();
    }

    /** The recorded text matches the replayed one, each masked run standing for any non-empty text. */
    static boolean matches(String recorded, String replayed) {
        if (!recorded.contains("*")) {
            return recorded.equals(replayed);
        }
        StringBuilder regex = new StringBuilder();
        int last = 0;
        var runs = MASKED_RUN.matcher(recorded);
        while (runs.find()) {
            regex.append(Pattern.quote(recorded.substring(last, runs.start()))).append(".+?");
            last = runs.end();
        }
        regex.append(Pattern.quote(recorded.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(replayed).matches();
    }

    /**
     * The same words in any order, a masked recorded word matching any one replayed word: every visible recorded
     * word is there, and what is left over is as many words as were masked.
     */
    /**
     * Whether every word the replayed region shows is among the recorded region's (as many times): the replayed
     * text had the user's masked elements left out, so the recorded one may hold more words, never other ones.
     */
    static boolean holdsWords(List<String> recorded, List<String> replayed) {
        Map<String, Integer> available = new HashMap<>();
        int masked = 0;
        for (String word : recorded) {
            if (isMasked(word)) {
                masked++; // the recorder's own masking: stands for any one word
            } else {
                available.merge(word, 1, Integer::sum);
            }
        }
        for (String word : replayed) {
            Integer count = available.get(word);
            if (count == null) {
                if (masked-- == 0) {
                    return false;
                }
                continue;
            }
            available.put(word, count - 1);
            if (count == 1) {
                available.remove(word);
            }
        }
        return true;
    }

    static boolean sameWords(List<String> recorded, List<String> replayed) {
        Map<String, Integer> left = new HashMap<>();
        replayed.forEach(word -> left.merge(word, 1, Integer::sum));
        int masked = 0;
        List<String> visible = new ArrayList<>();
        for (String word : recorded) {
            if (isMasked(word)) {
                masked++;
            } else {
                visible.add(word);
            }
        }
        for (String word : visible) {
            Integer count = left.get(word);
            if (count == null) {
                return false;
            }
            if (count == 1) {
                left.remove(word);
            } else {
                left.put(word, count - 1);
            }
        }
        int remaining = left.values().stream().mapToInt(Integer::intValue).sum();
        // Masking keeps the spaces, so each masked word stood for exactly one word.
        return remaining == masked;
    }
}
