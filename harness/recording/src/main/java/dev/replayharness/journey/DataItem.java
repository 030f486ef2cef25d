package dev.replayharness.journey;

import java.util.List;
import java.util.Objects;

/**
 * What the recording shows of a step's target being a record of the recorded app's data, not a fixed part of its
 * pages: a row of a list, an element repeated with siblings of its shape, a link or heading carrying an id. When
 * such a target is missing on a target whose data differs, the step depends on data, not on the build.
 *
 * @param evidence     how the recording shows it, for people: "a row of a list", "its address carries the id LG-48213"
 * @param listSelector a selector of the list (or container of same-shaped siblings) it was part of, to count the
 *                     target's rows by; null when it was part of none
 * @param rowTexts     the readable text of each row of that list when recorded (at most {@link #MAX_ROWS}, each
 *                     abbreviated); empty without a list
 */
public record DataItem(String evidence, String listSelector, List<String> rowTexts) {

    /** Rows kept of a list: enough to tell whether the target's list holds the same records. */
    public static final int MAX_ROWS = 50;

    public DataItem {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("a data item needs the evidence that it is one");
        }
        rowTexts = List.copyOf(rowTexts);
        if (rowTexts.size() > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows are kept, not " + rowTexts.size());
        }
        if (listSelector == null && !rowTexts.isEmpty()) {
            throw new IllegalArgumentException("rows without the list they belong to");
        }
    }
}
