package dev.replayharness.verify;

import dev.replayharness.targets.Target;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a step's expected picture comes from.
 * <ul>
 *   <li>{@link RebuiltRecording}: the recorded page itself at that moment, rebuilt with scripts off (no set-up,
 *   tolerant: rendering differs a little from the live page);</li>
 *   <li>{@link GoldenImages}: pictures approved earlier and kept beside the bundle, written on the first run and
 *   rewritten only when asked ({@code --update-snapshots}, {@code -Dreplay.updateSnapshots=true});</li>
 *   <li>{@link BaselineBuild}: the same journey replayed on another build (the last release, the main branch), side
 *   by side; a difference that also shows between two runs of that build is classified flaky.</li>
 * </ul>
 */
public sealed interface VisualBaseline {

    /** How the baseline reads in a divergence ("the rebuilt recording", "golden image ...", "the baseline build"). */
    String describe();

    /** The rebuilt recording (the default). */
    static VisualBaseline rebuiltRecording() {
        return new RebuiltRecording();
    }

    /** Golden images in {@code <bundle>.snapshots/} beside each bundle. */
    static VisualBaseline goldenImages(boolean update) {
        return new GoldenImages(null, update);
    }

    /** The same journey on another build. */
    static VisualBaseline baselineBuild(Target target) {
        return new BaselineBuild(target);
    }

    /** The recorded page, rebuilt at the settled moment after each step. */
    record RebuiltRecording() implements VisualBaseline {
        @Override
        public String describe() {
            return "the rebuilt recording";
        }
    }

    /**
     * Approved pictures, one {@code step-NN.png} per step.
     *
     * @param dir    the folder holding them, or null for {@code <bundle>.snapshots/} beside the bundle
     * @param update rewrite them all from this run (after a change that was meant)
     */
    record GoldenImages(Path dir, boolean update) implements VisualBaseline {
        @Override
        public String describe() {
            return "the golden image";
        }
    }

    /**
     * The same journey replayed on this build first.
     *
     * @param target the baseline build
     */
    record BaselineBuild(Target target) implements VisualBaseline {
        public BaselineBuild {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String describe() {
            return "the baseline build (" + target.describe() + ")";
        }
    }
}
