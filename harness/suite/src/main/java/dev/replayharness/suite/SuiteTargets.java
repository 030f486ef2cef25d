package dev.replayharness.suite;

import dev.replayharness.containers.ContainerTarget;
import dev.replayharness.settings.TargetSpec;
import dev.replayharness.targets.Target;

import java.util.Map;

/** The targets a suite can replay against: those core knows, and container images. */
public final class SuiteTargets {

    private SuiteTargets() {
    }

    /**
     * The target the spec describes, checked.
     *
     * @throws IllegalArgumentException when the spec names none or several builds, or a folder that is not there
     */
    public static Target of(TargetSpec spec) {
        return spec.toTarget(image -> new ContainerTarget(image.targetImage(), image.imagePort(), "/", Map.of(),
                image.startTimeout()));
    }
}
