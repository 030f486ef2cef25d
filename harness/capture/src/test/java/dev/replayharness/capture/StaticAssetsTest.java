package dev.replayharness.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The scripts the slim posthog-js asks its api_host for: found by name, versioned or not; nothing outside. */
class StaticAssetsTest {

    @TempDir
    Path dir;

    @Test
    void theRecorderIsServedByNameWithOrWithoutTheVersionFolderAndNothingElseIs() throws IOException {
        Path dist = Files.createDirectories(dir.resolve("dist"));
        Files.writeString(dist.resolve("lazy-recorder.js"), "/* recorder */");
        Files.writeString(dir.resolve("secret.js"), "secret");
        StaticAssets assets = new StaticAssets(dist);

        assertThat(assets.find("/static/lazy-recorder.js")).hasValueSatisfying(asset -> {
            assertThat(asset.contentType()).startsWith("application/javascript");
            assertThat(new String(asset.content(), StandardCharsets.UTF_8)).isEqualTo("/* recorder */");
        });
        assertThat(assets.find("/static/1.449.2/lazy-recorder.js")).isPresent();
        assertThat(assets.find("/static/../secret.js")).isEmpty();
        assertThat(assets.find("/static/..%2Fsecret.js")).isEmpty();
        assertThat(assets.find("/static/1.449.2/../../secret.js")).isEmpty();
        assertThat(assets.find("/static/missing.js")).isEmpty();
        assertThat(assets.missing("/static/missing.js")).contains("not a script in", dist.toString());
    }

    @Test
    void withoutAFolderNothingIsServedAndTheRefusalSaysWhatToGive() {
        StaticAssets none = new StaticAssets(null);

        assertThat(none.find("/static/lazy-recorder.js")).isEmpty();
        assertThat(none.missing("/static/lazy-recorder.js")).contains("--assets", "array.full.js");
    }
}
