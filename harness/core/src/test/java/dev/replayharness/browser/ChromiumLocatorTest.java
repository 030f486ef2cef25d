package dev.replayharness.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChromiumLocatorTest {

    @TempDir
    Path dir;

    private Path executable(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static ChromiumLocator locator(Map<String, String> env, Map<String, String> props, List<Path> known) {
        return new ChromiumLocator(env::get, props::get, known);
    }

    @Test
    void environmentVariableWinsOverPropertyAndInstalledBrowsers() throws IOException {
        Path fromEnv = executable("env/chrome");
        Path fromProperty = executable("prop/chrome");
        Path installed = executable("installed/chromium");

        BrowserExecutable found = locator(Map.of("REPLAY_CHROMIUM", fromEnv.toString()),
                Map.of("replay.chromium", fromProperty.toString()), List.of(installed)).locate();

        assertThat(found.path()).contains(fromEnv);
        assertThat(found.origin()).isEqualTo(BrowserExecutable.Origin.ENVIRONMENT);
    }

    @Test
    void systemPropertyIsUsedWhenTheVariableIsUnset() throws IOException {
        Path fromProperty = executable("prop/chrome");

        BrowserExecutable found = locator(Map.of(), Map.of("replay.chromium", fromProperty.toString()),
                List.of()).locate();

        assertThat(found.path()).contains(fromProperty);
        assertThat(found.origin()).isEqualTo(BrowserExecutable.Origin.SYSTEM_PROPERTY);
    }

    @Test
    void aConfiguredBinaryThatDoesNotExistIsAnErrorNotASilentFallback() throws IOException {
        Path installed = executable("installed/chromium");
        String missing = dir.resolve("nowhere/chromium").toString();

        assertThatThrownBy(() -> locator(Map.of("REPLAY_CHROMIUM", missing), Map.of(), List.of(installed)).locate())
                .isInstanceOf(BrowserNotFoundException.class)
                .hasMessageContaining("REPLAY_CHROMIUM")
                .hasMessageContaining(missing)
                .hasMessageContaining("not an executable file");
    }

    @Test
    void aNonExecutableFileIsNotABrowser() throws IOException {
        Path plain = dir.resolve("chromium");
        Files.writeString(plain, "not a program");

        assertThatThrownBy(() -> locator(Map.of(), Map.of("replay.chromium", plain.toString()), List.of()).locate())
                .isInstanceOf(BrowserNotFoundException.class)
                .hasMessageContaining("replay.chromium")
                .hasMessageContaining(plain.toString());
    }

    @Test
    void wellKnownPathsAreTriedInOrder() throws IOException {
        Path second = executable("b/chromium");

        BrowserExecutable found = locator(Map.of(), Map.of(), List.of(dir.resolve("a/chromium"), second)).locate();

        assertThat(found.path()).contains(second);
        assertThat(found.origin()).isEqualTo(BrowserExecutable.Origin.INSTALLED);
    }

    @Test
    void commandsOnPathAreFoundWhenNoWellKnownPathExists() throws IOException {
        Path onPath = executable("bin/google-chrome");

        BrowserExecutable found = locator(Map.of("PATH", dir.resolve("empty") + ":" + onPath.getParent()),
                Map.of(), List.of(dir.resolve("missing"))).locate();

        assertThat(found.path()).contains(onPath);
    }

    @Test
    void chromiumBrowserOnPathIsPreferredToGoogleChrome() throws IOException {
        executable("bin/google-chrome");
        Path chromiumBrowser = executable("bin/chromium-browser");

        BrowserExecutable found = locator(Map.of("PATH", chromiumBrowser.getParent().toString()), Map.of(),
                List.of()).locate();

        assertThat(found.path()).contains(chromiumBrowser);
    }

    @Test
    void nothingFoundAndNoDownloadsGivesAnErrorThatSaysHowToInstallOne() {
        ChromiumLocator nothing = locator(Map.of("PATH", dir.toString()), Map.of(), List.of(dir.resolve("x")));

        assertThatThrownBy(nothing::locate)
                .isInstanceOf(BrowserNotFoundException.class)
                .hasMessageContaining("No Chromium found")
                .hasMessageContaining(dir.resolve("x").toString())
                .hasMessageContaining("google-chrome on PATH")
                .hasMessageContaining("apt-get install -y chromium")
                .hasMessageContaining("REPLAY_CHROMIUM")
                .hasMessageContaining("REPLAY_ALLOW_BROWSER_DOWNLOAD=1");
    }

    @Test
    void nothingFoundWithDownloadsAllowedFallsBackToPlaywrightsBrowser() {
        BrowserExecutable found = locator(Map.of("REPLAY_ALLOW_BROWSER_DOWNLOAD", "1"), Map.of(), List.of())
                .locate();

        assertThat(found.path()).isEmpty();
        assertThat(found.origin()).isEqualTo(BrowserExecutable.Origin.PLAYWRIGHT_MANAGED);
        assertThat(found.describe()).contains("Playwright");
    }

    @Test
    void downloadsCanBeAllowedByProperty() {
        assertThat(locator(Map.of(), Map.of("replay.allowBrowserDownload", "true"), List.of()).downloadsAllowed())
                .isTrue();
        assertThat(locator(Map.of(), Map.of("replay.allowBrowserDownload", "no"), List.of()).downloadsAllowed())
                .isFalse();
    }

    @Test
    void anInstalledBrowserIsFoundOnThisMachine() {
        // The build machine must have one: .ci/run installs Debian's chromium when it is missing.
        BrowserExecutable found = ChromiumLocator.fromSystem().locate();

        assertThat(found.path()).isPresent();
        assertThat(found.path().get()).isExecutable();
    }
}
