package dev.replayharness.image;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PixelDiffTest {

    private static BufferedImage filled(int width, int height, int rgb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xff000000 | rgb);
            }
        }
        return image;
    }

    @Test
    void identicalImagesDifferNowhere() {
        PixelDiff.Result result = new PixelDiff().compare(filled(10, 10, 0x336699), filled(10, 10, 0x336699));

        assertThat(result.differingPixels()).isZero();
        assertThat(result.ratio()).isZero();
    }

    @Test
    void smallColourShiftsStayUnderTheThresholdAndLargeOnesDoNot() {
        BufferedImage base = filled(10, 10, 0x808080);
        BufferedImage slightly = filled(10, 10, 0x838383);
        BufferedImage changed = filled(10, 10, 0x808080);
        for (int x = 0; x < 10; x++) {
            changed.setRGB(x, 0, 0xffff0000);
        }

        assertThat(new PixelDiff().compare(base, slightly).differingPixels()).isZero();
        assertThat(new PixelDiff(0).compare(base, slightly).differingPixels()).isEqualTo(100);
        assertThat(new PixelDiff().compare(base, changed).ratio()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aSizeMismatchCountsTheUncoveredArea() {
        PixelDiff.Result result = new PixelDiff().compare(filled(10, 10, 0xffffff), filled(10, 20, 0xffffff));

        assertThat(result.totalPixels()).isEqualTo(200);
        assertThat(result.differingPixels()).isEqualTo(100);
    }

    @Test
    void theColourDistanceIsPixelmatchsYiqMetric() {
        // Black against white differs in brightness only: 0.5053 × 255².
        assertThat(PixelDiff.colorDelta(0xff000000, 0xffffffff)).isCloseTo(0.5053 * 255 * 255, within(1.0));
        // Red against cyan spans the largest distance: the constant pixelmatch normalises by (35215).
        assertThat(PixelDiff.colorDelta(0xffff0000, 0xff00ffff)).isCloseTo(35215, within(1.0));
    }

    @Test
    void byteAndIntRastersCompareAlikeAndTheDiffPictureMarksTheChange() {
        BufferedImage ints = filled(20, 10, 0xffffff);
        BufferedImage bytes = new BufferedImage(20, 10, BufferedImage.TYPE_4BYTE_ABGR);
        bytes.getGraphics().drawImage(ints, 0, 0, null);
        for (int x = 5; x < 15; x++) {
            bytes.setRGB(x, 4, 0xff0000ff);
            bytes.setRGB(x, 5, 0xff0000ff);
        }

        PixelDiff.Result result = new PixelDiff(PixelDiff.Options.defaults().withDiffImage()).compare(ints, bytes);

        assertThat(result.differingPixels()).isEqualTo(20);
        assertThat(result.diff().getRGB(5, 4)).isEqualTo(0xffff0000);
        assertThat(result.diff().getRGB(0, 0)).isNotEqualTo(0xffff0000);
        assertThat(new PixelDiff().compare(bytes, ints).differingPixels()).isEqualTo(20);
    }

    @Test
    void maskedAreasAreNotCounted() {
        BufferedImage base = filled(10, 10, 0xffffff);
        BufferedImage changed = filled(10, 10, 0xffffff);
        for (int y = 0; y < 10; y++) {
            changed.setRGB(2, y, 0xff000000);
        }

        PixelDiff masked = new PixelDiff(PixelDiff.Options.defaults()
                .withMasks(java.util.List.of(new java.awt.Rectangle(0, 0, 5, 5))));

        assertThat(masked.compare(base, changed).differingPixels()).isEqualTo(5);
    }
}
