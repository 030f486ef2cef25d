package dev.replayharness.journey;

import java.util.Objects;

/**
 * One way to find a step's target, as a tester would write it.
 *
 * @param strategy what it relies on; strategies are ranked, most stable first
 * @param value    the strategy's argument: a CSS selector for {@code TEST_ID}, {@code ID}, {@code NAME},
 *                 {@code PLACEHOLDER}, {@code ATTRIBUTE} (a naming attribute such as a tooltip), {@code CSS_PATH} and
 *                 {@code NTH_OF_TYPE}; the text for {@code LABEL} and
 *                 {@code TEXT}; the accessible name for {@code ROLE}
 * @param role     the ARIA role for {@code ROLE}, the tag for {@code TEXT}; otherwise null
 */
public record SelectorCandidate(Strategy strategy, String value, String role) {

    /** Selector strategies, from the most stable to the least. */
    public enum Strategy {
        TEST_ID, ID, ROLE, LABEL, NAME, PLACEHOLDER, TEXT, ATTRIBUTE, CSS_PATH, NTH_OF_TYPE;

        /** Strategies whose value is a CSS selector. */
        public boolean isCss() {
            return this != ROLE && this != LABEL && this != TEXT;
        }
    }

    public SelectorCandidate {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(value, "value");
    }

    static SelectorCandidate css(Strategy strategy, String css) {
        return new SelectorCandidate(strategy, css, null);
    }

    /** As a report shows it: {@code css=[data-testid="add-to-cart"]}, {@code role=button "Add to cart"}. */
    @Override
    public String toString() {
        return switch (strategy) {
            case ROLE -> "role=" + role + " \"" + value + "\"";
            case LABEL -> "label=\"" + value + "\"";
            case TEXT -> "text=" + role + " \"" + value + "\"";
            default -> "css=" + value;
        };
    }
}
