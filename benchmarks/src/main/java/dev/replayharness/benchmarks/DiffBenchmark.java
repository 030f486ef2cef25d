package dev.replayharness.benchmarks;

import dev.replayharness.image.PixelDiff;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Our pixel comparator against pixelmatch (npm) and odiff (npm {@code odiff-bin}) on the same pairs of real
 * screenshots: 1280x720, 1920x1080 and a 1280x8000 full page, each identical, 1% and 20% different. Comparator
 * time only for ours and pixelmatch (images decoded beforehand); odiff is a command, so its time includes
 * reading the PNGs and starting the process, and ours is also given with PNG decoding for that comparison.
 *
 * <pre>mvn -q -pl benchmarks -am install -DskipTests && mvn -q -pl benchmarks exec:exec@diff</pre>
 */
public final class DiffBenchmark {

    private static final int RUNS = 15;

    private DiffBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path node = root.resolve("benchmarks/node");
        Path work = root.resolve("benchmarks/target/diff-bench");
        Files.createDirectories(work);
        run(List.of("bash", root.resolve("fixtures/npm-install.sh").toString(), node.toString()), null);
        BufferedImage shot = ImageIO.read(root.resolve("fixtures/bundles/shop-checkout/rrweb/screenshots/step-02.png").toFile());
        BufferedImage other = ImageIO.read(root.resolve("fixtures/bundles/site-browse/rrweb/screenshots/step-01.png").toFile());
        int[][] sizes = {{1280, 720}, {1920, 1080}, {1280, 8000}};
        List<String[]> pairs = new ArrayList<>();
        for (int[] size : sizes) {
            BufferedImage base = page(shot, size[0], size[1]);
            for (double share : new double[] {0, 0.01, 0.20}) {
                BufferedImage changed = changed(base, other, share);
                String name = size[0] + "x" + size[1] + "-" + Math.round(share * 100) + "pct";
                Path expected = work.resolve(name + "-a.png");
                Path actual = work.resolve(name + "-b.png");
                ImageIO.write(base, "png", expected.toFile());
                ImageIO.write(changed, "png", actual.toFile());
                pairs.add(new String[] {name, expected.toString(), actual.toString()});
            }
        }
        List<String> pixelmatchArgs = new ArrayList<>(List.of("node", node.resolve("pixelmatch-time.mjs").toString(),
                String.valueOf(RUNS)));
        pairs.forEach(pair -> pixelmatchArgs.addAll(List.of(pair[1], pair[2])));
        List<String> pixelmatchTimes = run(pixelmatchArgs, null);

        System.out.printf(Locale.ROOT, "Pixel comparison, median of %d runs, milliseconds (threshold 0.1)%n", RUNS);
        System.out.printf(Locale.ROOT, "%-18s %10s %11s %8s | %14s %10s %8s | %9s %9s%n", "pair", "ours", "pixelmatch",
                "speedup", "ours+decode", "odiff", "ratio", "ours px", "pm px");
        for (int i = 0; i < pairs.size(); i++) {
            String[] pair = pairs.get(i);
            byte[] a = Files.readAllBytes(Path.of(pair[1]));
            byte[] b = Files.readAllBytes(Path.of(pair[2]));
            BufferedImage ia = ImageIO.read(Path.of(pair[1]).toFile());
            BufferedImage ib = ImageIO.read(Path.of(pair[2]).toFile());
            PixelDiff diff = new PixelDiff();
            long[] differing = new long[1];
            double ours = median(() -> differing[0] = diff.compare(ia, ib).differingPixels());
            double oursDecoding = median(() -> diff.compare(a, b));
            double odiff = median(() -> {
                try {
                    run(List.of(node.resolve("node_modules/.bin/odiff").toString(), pair[1], pair[2],
                            work.resolve("odiff-out.png").toString(), "--threshold", "0.1"), null);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            String[] pm = pixelmatchTimes.get(i).trim().split(" ");
            double pixelmatch = Double.parseDouble(pm[0]);
            System.out.printf(Locale.ROOT, "%-18s %10.2f %11.2f %7.1fx | %14.2f %10.2f %7.2fx | %9d %9s%n", pair[0],
                    ours, pixelmatch, pixelmatch / ours, oursDecoding, odiff, oursDecoding / odiff, differing[0], pm[1]);
        }
    }

    /** The screenshot drawn at a size: scaled to the width, repeated down the page for tall sizes. */
    private static BufferedImage page(BufferedImage shot, int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int tileHeight = shot.getHeight() * width / shot.getWidth();
        for (int y = 0; y < height; y += tileHeight) {
            g.drawImage(shot, 0, y, width, tileHeight, null);
        }
        g.dispose();
        return page;
    }

    /** A copy with a band of another page drawn over {@code share} of its pixels. */
    private static BufferedImage changed(BufferedImage base, BufferedImage other, double share) {
        BufferedImage copy = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(base, 0, 0, null);
        if (share > 0) {
            int bandHeight = (int) Math.round(base.getHeight() * share);
            g.drawImage(other, 0, base.getHeight() / 3, base.getWidth(), bandHeight, null);
            g.setColor(new Color(0, 0, 0, 0));
        }
        g.dispose();
        return copy;
    }

    private static double median(Runnable run) {
        run.run();
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }

    private static List<String> run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Process process = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        int status = process.waitFor();
        // odiff exits 22 when the images differ: that is its answer, not a failure.
        if (status != 0 && status != 22 && status != 21) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + status + ": " + lines);
        }
        return lines;
    }
}
