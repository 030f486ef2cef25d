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

    /** The winner: which candidate, its rank and its locator. */
    record Found(SelectorCandidate candidate, int rank, Locator locator) {
    }

    private TargetLocator() {
    }

    static Found find(Page page, ElementTarget target, long timeoutMillis, PageWatch watch) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<String> lastCounts = new ArrayList<>();
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
                    return new Found(candidate, rank, visible);
                }
                lastCounts.add(candidate + " (" + count + " visible)");
            }
            if (System.currentTimeMillis() >= deadline || watch.crashed) {
                throw new StepFailure("no element found for " + target.describe() + " within "
                        + timeoutMillis / 1000.0 + " s; tried " + String.join(", ", lastCounts) + watch.pending());
            }
            page.waitForTimeout(100);
        }
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
