package dev.replayharness.cli;

import dev.replayharness.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

@BrowserTest
class ScreenshotCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesThePageAtAMomentAtTheRecordedViewportWithEverythingBlocked() throws IOException {
        Path recording = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(recording.resolve("fixtures/bundles"))) {
            recording = recording.getParent();
        }
        Path png = dir.resolve("shots/resize.png");
        StringWriter out = new StringWriter();

        int code = ReplayCli.run(new String[] {"screenshot",
                recording.resolve("fixtures/bundles/shop-resize/rrweb/events.json").toString(), "--at", "end", "-o",
                png.toString()}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));

        assertThat(code).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(out.toString()).startsWith("wrote " + png + ": 1280x720, http://shop.lantern.test:")
                .containsPattern("\\d+ requests blocked, 0 allowed");
    }
}
