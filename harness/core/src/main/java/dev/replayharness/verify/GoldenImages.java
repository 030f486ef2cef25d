package dev.replayharness.verify;

import dev.replayharness.compare.Divergence;
import dev.replayharness.compare.Divergence.Kind;
import dev.replayharness.compare.Divergence.Severity;
import dev.replayharness.compare.ExpectedPicture;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.StepOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Approved pictures kept beside a bundle, as Playwright keeps its snapshots: {@code step-NN.png} per step. A step
 * without one gets its screenshot from this run written as the approved picture (reported, not failed); with
 * {@code update} every picture is rewritten from this run. Nothing is ever deleted.
 */
final class GoldenImages {

    private final Path dir;
    private final boolean update;
    private final List<Divergence> written = new ArrayList<>();

    GoldenImages(Path dir, boolean update) {
        this.dir = dir;
        this.update = update;
    }

    /** The folder beside a bundle: {@code <bundle>-snapshots}, the bundle being its one file or its folder. */
    static Path besideBundle(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a recording read from no file has no place for golden images");
        }
        Path bundle = files.size() == 1 ? files.get(0) : files.get(0).toAbsolutePath().getParent();
        return bundle.resolveSibling(bundle.getFileName() + "-snapshots");
    }

    /** The approved picture per step that has one; the others are written from this run. */
    Map<Integer, ExpectedPicture> expectedFor(ReplayResult result) {
        Map<Integer, ExpectedPicture> expected = new HashMap<>();
        for (StepOutcome outcome : result.outcomes()) {
            if (outcome.status() != StepOutcome.Status.PASSED || outcome.pictures().screenshot() == null) {
                continue;
            }
            Path golden = dir.resolve("step-%02d.png".formatted(outcome.step().number()));
            try {
                if (update || !Files.exists(golden)) {
                    Files.createDirectories(dir);
                    boolean existed = Files.exists(golden);
                    Files.copy(outcome.pictures().screenshot(), golden, StandardCopyOption.REPLACE_EXISTING);
                    written.add(new Divergence(Kind.VISUAL_CHANGED, Severity.INFO, outcome.step().number(),
                            outcome.step().describe(), existed ? "the approved golden image" : "a golden image",
                            (existed ? "rewritten from this run (update asked): " : "none yet, written from this run: ")
                                    + golden, List.of(golden)));
                } else {
                    expected.put(outcome.step().number(), ExpectedPicture.of(Files.readAllBytes(golden)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read or write the golden image " + golden, e);
            }
        }
        return expected;
    }

    /** What was written, as information for the report. */
    List<Divergence> written() {
        return List.copyOf(written);
    }
}
