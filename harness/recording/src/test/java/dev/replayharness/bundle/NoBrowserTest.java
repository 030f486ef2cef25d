package dev.replayharness.bundle;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The recording layer is for anyone who only reads recordings (a capture server, redaction, converters): neither
 * Playwright nor anything else of a browser may reach its class path, even through a dependency.
 */
class NoBrowserTest {

    @Test
    void playwrightIsNotOnTheRecordingLayersClassPath() {
        for (String type : List.of("com.microsoft.playwright.Playwright", "com.microsoft.playwright.Page",
                "dev.replayharness.browser.BrowserSession")) {
            assertThatThrownBy(() -> Class.forName(type)).as(type).isInstanceOf(ClassNotFoundException.class);
        }
        assertThat(System.getProperty("java.class.path")).doesNotContain("playwright");
    }
}
