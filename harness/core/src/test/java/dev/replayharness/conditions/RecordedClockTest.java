package dev.replayharness.conditions;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class RecordedClockTest {

    private static final long RECORDED = Instant.parse("2024-03-15T09:30:00Z").toEpochMilli();

    @Test
    void thePageReadsTheRecordedDateWhichRunsOnWhileTimersAndUncaughtErrorsStayTheBrowsers() {
        try (BrowserSession session = BrowserSession.launch();
             BrowserContext context = session.newContext(ContextSpec.application().withViewport(800, 600))) {
            context.addInitScript(RecordedClock.initScript(RECORDED, System.currentTimeMillis()));
            Page page = context.newPage();
            List<String> uncaught = new ArrayList<>();
            page.onPageError(uncaught::add);
            page.setContent("<p>clock</p>");

            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) page.evaluate("""
                    async () => {
                      const first = Date.now();
                      await new Promise(done => setTimeout(done, 120));
                      class Stamp extends Date {}
                      return {
                        first, later: Date.now(), year: new Date().getUTCFullYear(), text: Date(),
                        given: new Date(2020, 0, 2).getFullYear(), isDate: new Date() instanceof Date,
                        subclass: new Stamp() instanceof Stamp, parsed: Date.parse('2001-02-03T00:00:00Z')
                      };
                    }""");
            long first = ((Number) read.get("first")).longValue();
            assertThat(first).isBetween(RECORDED, RECORDED + 60_000);
            assertThat(((Number) read.get("later")).longValue() - first).as("time runs on").isGreaterThanOrEqualTo(100);
            assertThat(read.get("year")).isEqualTo(2024);
            assertThat((String) read.get("text")).contains("2024");
            assertThat(read.get("given")).as("a date the page names is left alone").isEqualTo(2020);
            assertThat(read).containsEntry("isDate", true).containsEntry("subclass", true);
            assertThat(((Number) read.get("parsed")).longValue()).isEqualTo(Instant.parse("2001-02-03T00:00:00Z")
                    .toEpochMilli());

            page.evaluate("() => setTimeout(() => { throw new TypeError('late failure'); }, 10)");
            page.waitForTimeout(200);
            assertThat(uncaught).as("an error thrown in a timer still reaches the page uncaught")
                    .anyMatch(error -> error.contains("late failure"));
        }
    }
}
