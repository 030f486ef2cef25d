package dev.replayharness.journey;

import java.util.Objects;

/**
 * What the recording shows of a step's target being a record of the recorded app's data, not a fixed part of its
 * pages: a row of a list, an element repeated with siblings of its shape, a link or heading carrying an id. When
 * such a target is missing on a target whose data differs, the step depends on data, not on the build.
 *
 * @param evidence     how the recording shows it, for people: "a row of a list", "its address carries the id LG-48213"
 * @param listSelector a selector of the list (or container of same-shaped siblings) it was part of, to read the
 *                     target's rows by; null when it was part of none
 */
public record DataItem(String evidence, String listSelector) {

    public DataItem {
        Objects.requireNonNull(evidence, "evidence");
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("a data item needs the evidence that it is one");
        }
    }
}
