package dev.replayharness.verify;

import dev.replayharness.browser.BrowserSession;
import dev.replayharness.browser.BrowserSettings;
import dev.replayharness.bundle.BundleException;
import dev.replayharness.bundle.BundleFinder;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.ReadLimits;
import dev.replayharness.bundle.Recording;
import dev.replayharness.network.NetworkMode;
import dev.replayharness.run.ReplayOptions;
import dev.replayharness.run.ReplayResult;
import dev.replayharness.run.ReplayRunner;
import dev.replayharness.run.StepOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --setup}: a recording of logging in (or of any preparation) replayed once on the suite's target before
 * the suite; its end state (cookies, local storage) is what every replay of the suite starts from. Every step of
 * it must pass: a suite run against a half-prepared app would report the setup's failure as everyone's.
 */
public final class SessionSetup {

    private SessionSetup() {
    }

    /**
     * A setup's end state: a temporary storage-state file holding a logged-in session, deleted when closed.
     *
     * @param file the storage-state file
     */
    public record State(Path file) implements AutoCloseable {

        /** {@code options} with every replay starting from this state. */
        public ReplayOptions startingEachReplay(ReplayOptions options) {
            return options.withConditions(options.conditions().startingFrom(file));
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind; the system's temp cleaning takes it
            }
        }
    }

    /**
     * Replays the setup recording at {@code setup} against {@code target}; its end state, to be closed by the caller
     * once the replays that start from it are done.
     *
     * @param replayOptions how replays run (the setup's masked fields take their values from its inputs)
     * @throws SetupFailedException naming the recording and its first step that did not pass
     */
    public static State run(Path setup, ReplayOptions replayOptions, BrowserSettings browser, URI target) {
        State state;
        try {
            state = new State(Files.createTempFile("replay-setup-state", ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the setup's state", e);
        }
        try {
            replay(setup, replayOptions, browser, target, state.file());
            return state;
        } catch (RuntimeException e) {
            state.close();
            throw e;
        }
    }

    private static void replay(Path setup, ReplayOptions replayOptions, BrowserSettings browser, URI target,
                               Path state) {
        List<BundleRef> found;
        try {
            found = BundleFinder.find(List.of(setup));
        } catch (IllegalArgumentException | BundleException e) {
            throw new SetupFailedException("the setup " + setup + " cannot be read: " + e.getMessage(), e);
        }
        if (found.size() != 1) {
            throw new SetupFailedException("--setup names one recording; " + setup + " holds " + found.size(), null);
        }
        BundleRef bundle = found.get(0);
        // The setup gets a real session from the target's own backend: never answered from a recording or a HAR.
        ReplayOptions options = replayOptions.withConditions(replayOptions.conditions().withNetwork(NetworkMode.LIVE)
                .withRecordHar(null).savingStateTo(state));
        ReplayResult result;
        try (BrowserSession session = BrowserSession.launch(browser);
             Recording recording = Bundles.openAll(bundle.files(), ReadLimits.defaults())) {
            // The first step that does not pass ends the setup: the ones after it would only wait out timeouts.
            result = ReplayRunner.on(session, options)
                    .listening((name, outcome) -> outcome.status() == StepOutcome.Status.PASSED)
                    .run("setup " + bundle.name(), recording, target);
        } catch (BundleException e) {
            throw new SetupFailedException("the setup " + bundle.name() + " cannot be read: " + e.getMessage(), e);
        }
        if (result.error() != null) {
            throw new SetupFailedException("the setup " + bundle.name() + " did not replay: " + result.error(), null);
        }
        result.outcomes().stream().filter(outcome -> outcome.status() != StepOutcome.Status.PASSED).findFirst()
                .ifPresent(failed -> {
                    throw new SetupFailedException("the setup " + bundle.name() + " did not replay, so nothing else "
                            + "was: " + failed.summary(), null);
                });
    }
}
