package dev.replayharness.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.replayharness.testing.BrowserTest;
import dev.replayharness.testing.LoopbackServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@BrowserTest
class BrowserSessionTest {

    private static final String PAGE = """
            <!doctype html><title>t</title>
            <button id=b onclick="document.getElementById('out').textContent='clicked ' + navigator.userAgent">go</button>
            <p id=out></p>""";

    private static LoopbackServer server;
    private static String url;

    @BeforeAll
    static void serve() {
        server = LoopbackServer.always(LoopbackServer.Answer.html(PAGE));
        url = server.base().toString();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void launchesTheInstalledChromiumClicksAndTakesAScreenshot() {
        try (BrowserSession session = BrowserSession.launch();
             BrowserContext context = session.newContext(ContextSpec.application().withViewport(800, 600))) {
            Page page = context.newPage();
            page.navigate(url);
            page.click("#b");

            assertThat(session.version()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
            assertThat(page.textContent("#out")).startsWith("clicked ").contains("HeadlessChrome");
            assertThat(page.viewportSize().width).isEqualTo(800);
            byte[] png = page.screenshot();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(png.length).isGreaterThan(1000);
        }
    }

    @Test
    void contextsAreIsolatedFromEachOther() {
        try (BrowserSession session = BrowserSession.launch()) {
            try (BrowserContext first = session.newContext(ContextSpec.application())) {
                Page page = first.newPage();
                page.navigate(url);
                page.evaluate("localStorage.setItem('k', 'v')");
            }
            try (BrowserContext second = session.newContext(ContextSpec.application())) {
                Page page = second.newPage();
                page.navigate(url);
                assertThat(page.evaluate("localStorage.getItem('k')")).isNull();
            }
        }
    }

    @Test
    void aContextWithJavaScriptOffRunsNoPageScript() {
        try (BrowserSession session = BrowserSession.launch();
             BrowserContext context = session.newContext(new ContextSpec(640, 480, false))) {
            Page page = context.newPage();
            page.navigate(url);
            page.click("#b");
            assertThat(page.textContent("#out")).isEmpty();
        }
    }

    @Test
    void theBrowserGetsAThrowAwayHomeThatIsDeletedOnClose() {
        Path profile;
        String home = System.getProperty("user.home");
        try (BrowserSession session = BrowserSession.launch()) {
            profile = session.profileDirectory();
            assertThat(profile).isDirectory();
            assertThat(profile.toString()).doesNotStartWith(home + "/");
        }
        assertThat(profile).doesNotExist();
    }

    @Test
    void aSessionRefusesCallsFromAnotherThread() throws InterruptedException {
        try (BrowserSession session = BrowserSession.launch()) {
            CompletableFuture<String> elsewhere = CompletableFuture.supplyAsync(session::version);
            assertThatThrownBy(elsewhere::get)
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Playwright is not thread-safe");
        }
    }

    @Test
    void aBinaryThatIsNotABrowserFailsWithAMessageNamingIt(@TempDir Path dir) throws IOException {
        Path fake = dir.resolve("fake-chromium");
        Files.writeString(fake, "#!/bin/sh\necho 'I am not a browser' >&2\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        BrowserSettings settings = new BrowserSettings(
                BrowserExecutable.at(fake, BrowserExecutable.Origin.ENVIRONMENT), true, 0, List.of());

        assertThatThrownBy(() -> BrowserSession.launch(settings))
                .isInstanceOf(BrowserLaunchException.class)
                .hasMessageContaining("Could not launch " + fake)
                .hasMessageContaining("REPLAY_CHROMIUM");
    }
}
