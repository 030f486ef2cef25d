package dev.replayharness.suite;

import dev.replayharness.bundle.BundleRef;
import dev.replayharness.run.StepOutcome;

/** Told of a suite's progress as it happens, from the worker threads (implementations synchronise). */
public interface SuiteListener {

    /** Hears nothing. */
    SuiteListener NONE = new SuiteListener() {
    };

    /** The bundles this run will replay (after sharding). */
    default void planned(java.util.List<BundleRef> bundles) {
    }

    default void bundleStarted(BundleRef bundle) {
    }

    default void stepDone(BundleRef bundle, StepOutcome outcome) {
    }

    default void bundleDone(BundleOutcome outcome) {
    }
}
