package dev.replayharness.run;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import dev.replayharness.journey.ElementTarget;
import dev.replayharness.journey.SelectorCandidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds a step's target on the live page: the first candidate, best first, that resolves to exactly one visible
 * element. Targets appear when the page is ready, so candidates are tried again until the step's timeout.
 */
final class TargetLocator {

    /**
     * The winner: which candidate, its rank and its locator.
     *
     * @param revealedByHover the element was hidden until what holds it was hovered (a control shown on hover)
     */
    record Found(SelectorCandidate candidate, int rank, Locator locator, boolean revealedByHover) {
    }

    private TargetLocator() {
    }

    /**
     * A script that finds the nearest shown ancestor of a hidden element: the row or card whose hover reveals it
     * (a delete button shown by {@code li:hover}).
     */
    private static final String SHOWN_ANCESTOR = """
            element => {
              for (let e = element.parentElement; e; e = e.parentElement) {
                if (e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden') return e;
              }
              return null;
            }""";

    static Found find(Page page, ElementTarget target, long timeoutMillis, PageWatch watch) {
        return find(page, target, timeoutMillis, watch, false);
    }

    /**
     * Finds the target. A candidate that matches one element which is hidden is revealed as a user would, by
     * hovering what holds it; with {@code hiddenWillDo} (a styled checkbox whose real input is never shown) the
     * hidden element itself is the answer once no visible one is found.
     */
    static Found find(Page page, ElementTarget target, long timeoutMillis, PageWatch watch, boolean hiddenWillDo) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<String> lastCounts = new ArrayList<>();
        java.util.Set<Integer> hovered = new java.util.HashSet<>();
        while (true) {
            lastCounts.clear();
            for (int rank = 0; rank < target.candidates().size(); rank++) {
                SelectorCandidate candidate = target.candidates().get(rank);
                Locator visible;
                int count;
                try {
                    visible = locator(page, candidate).filter(new Locator.FilterOptions().setVisible(true));
                    count = visible.count();
                } catch (PlaywrightException e) {
                    lastCounts.add(candidate + " (unusable: " + firstLine(e.getMessage()) + ")");
                    continue;
                }
                if (count == 1) {
                    List<String> missing = missingClasses(visible, candidate, target);
                    if (missing.isEmpty()) {
                        return new Found(candidate, rank, visible, !hovered.isEmpty());
                    }
                    lastCounts.add(candidate + " (1 visible, but not the recorded element: it lacks the class "
                            + String.join(", ", missing) + ")");
                    continue;
                }
                lastCounts.add(candidate + " (" + count + " visible)");
            }
            Found hidden = hiddenOne(page, target, hovered, hiddenWillDo);
            if (hidden != null) {
                return hidden;
            }
            if (System.currentTimeMillis() >= deadline || watch.crashed) {
                throw new StepFailed(new StepFailure.ElementNotFound("no element found for " + target.describe()
                        + " within " + timeoutMillis / 1000.0 + " s; tried " + String.join(", ", lastCounts)
                        + watch.pending(), rowsOfItsList(page, target)));
            }
            page.waitForTimeout(100);
        }
    }

    /** Rows read of a missing data item's list, and characters of each: enough to find a record's id among them. */
    private static final int MAX_LIST_ROWS = 200;
    private static final int MAX_ROW_TEXT = 500;

    /**
     * The rows of the list a missing data item was recorded in, as the replayed page has them: the evidence that
     * tells a record the target's data lacks from an element the build lost. Null when there is no such list here.
     */
    private static List<String> rowsOfItsList(Page page, ElementTarget target) {
        if (target.dataItem() == null || target.dataItem().listSelector() == null) {
            return null;
        }
        try {
            Locator list = page.locator(target.dataItem().listSelector());
            if (list.count() != 1) {
                return null;
            }
            @SuppressWarnings("unchecked")
            // Text content, white space collapsed: where a record's id would be printed.
            List<String> rows = (List<String>) list.evaluate("(list, [rows, chars]) => Array.from(list.children)"
                    + ".slice(0, rows)"
                    + ".map(row => (row.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, chars))",
                    List.of(MAX_LIST_ROWS, MAX_ROW_TEXT));
            return rows;
        } catch (PlaywrightException e) {
            return null; // a selector this page cannot read, or a page gone: no evidence either way
        }
    }

    /**
     * The first candidate that matches exactly one element, all of them hidden: hovered into view once (its
     * nearest shown ancestor), or taken as it is when hidden ones will do.
     */
    private static Found hiddenOne(Page page, ElementTarget target, java.util.Set<Integer> hovered,
                                   boolean hiddenWillDo) {
        for (int rank = 0; rank < target.candidates().size(); rank++) {
            SelectorCandidate candidate = target.candidates().get(rank);
            try {
                Locator all = locator(page, candidate);
                if (all.count() != 1) {
                    continue;
                }
                if (hiddenWillDo) {
                    return new Found(candidate, rank, all, false);
                }
                if (hovered.add(rank)) {
                    com.microsoft.playwright.ElementHandle holder = all.evaluateHandle(SHOWN_ANCESTOR).asElement();
                    if (holder != null) {
                        holder.hover(new com.microsoft.playwright.ElementHandle.HoverOptions().setTimeout(2_000));
                    }
                }
                return null; // the next round sees whether the hover revealed it
            } catch (PlaywrightException e) {
                // unusable or gone meanwhile: the next candidate, or the next round
            }
        }
        return null;
    }

    /**
     * A position among siblings finds whatever stands there now: once the recorded element is gone, its neighbour.
     * The element found by position must carry the stable classes the recorded one had (read from its class-path
     * candidate); the ones it lacks are returned (empty when it has them all, or nothing was recorded to compare).
     * Its text may differ: a reworded button is the same button, and the step's text check reports it.
     */
    private static List<String> missingClasses(Locator found, SelectorCandidate candidate, ElementTarget target) {
        if (candidate.strategy() != SelectorCandidate.Strategy.NTH_OF_TYPE) {
            return List.of();
        }
        List<String> recorded = target.candidates().stream()
                .filter(c -> c.strategy() == SelectorCandidate.Strategy.CSS_PATH)
                .map(c -> ownClasses(c.value())).findFirst().orElse(List.of());
        if (recorded.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> present = (List<String>) found.evaluate("element => [...element.classList]");
        return recorded.stream().filter(name -> !present.contains(name)).toList();
    }

    /** The classes of the last compound of a class path: {@code div.card button.buy.primary} gives buy, primary. */
    static List<String> ownClasses(String cssPath) {
        String last = cssPath.substring(Math.max(cssPath.lastIndexOf(' '), cssPath.lastIndexOf('>')) + 1);
        List<String> classes = new ArrayList<>(List.of(last.split("\\.")));
        classes.remove(0); // the tag
        classes.removeIf(name -> name.isEmpty() || name.contains("[") || name.contains(":"));
        return classes;
    }

    static Locator locator(Page page, SelectorCandidate candidate) {
        return switch (candidate.strategy()) {
            case ROLE -> page.getByRole(role(candidate.role()),
                    new Page.GetByRoleOptions().setName(candidate.value()).setExact(true));
            case LABEL -> page.getByLabel(candidate.value(), new Page.GetByLabelOptions().setExact(true));
            case TEXT -> page.locator(candidate.role()).filter(new Locator.FilterOptions().setHasText(
                    Pattern.compile("^\\s*" + Pattern.quote(candidate.value()) + "\\s*$")));
            default -> page.locator("css=" + candidate.value());
        };
    }

    private static AriaRole role(String role) {
        try {
            return AriaRole.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlaywrightException("no ARIA role '" + role + "'");
        }
    }

    /** The first line of a Playwright error's own message ({@code Error { message='...'} wraps it). */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int wrapped = message.indexOf("message='");
        if (wrapped >= 0) {
            message = message.substring(wrapped + "message='".length());
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
