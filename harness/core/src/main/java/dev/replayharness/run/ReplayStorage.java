package dev.replayharness.run;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.PlaywrightException;
import dev.replayharness.browser.ContextSpec;
import dev.replayharness.bundle.BundleRef;
import dev.replayharness.conditions.ReplayConditions;
import dev.replayharness.conditions.StorageState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one replay's context starts (the cookies and storage of a logged-in user, moved onto the target) and where
 * its state goes at the end (moved back onto the recording's origin, so the file serves any target).
 */
final class ReplayStorage {

    private final Path stateIn;
    private final Path stateOut;
    private final String recordedOrigin;
    private final String replayOrigin;

    private ReplayStorage(Path stateIn, Path stateOut, String recordedOrigin, String replayOrigin) {
        this.stateIn = stateIn;
        this.stateOut = stateOut;
        this.recordedOrigin = recordedOrigin;
        this.replayOrigin = replayOrigin;
    }

    /**
     * Reads the state to start from, moved onto the target, into {@code work}.
     *
     * @throws IllegalArgumentException when the storage-state file is missing or is not one
     */
    static ReplayStorage prepare(String name, ReplayConditions conditions, String recordedOrigin, String replayOrigin,
                                 WorkFolder work) {
        Path in = conditions.storageState() == null ? null
                : StorageState.forReplay(conditions.storageState(), recordedOrigin, replayOrigin, work.path());
        Path out = conditions.saveStorageState() == null ? null
                : BundleRef.outputFile(conditions.saveStorageState(), name, ".json");
        return new ReplayStorage(in, out, recordedOrigin, replayOrigin);
    }

    /** The context's shape, starting from the state given. */
    ContextSpec shape(ContextSpec spec) {
        return stateIn == null ? spec : spec.startingFrom(stateIn);
    }

    /**
     * Before the context closes: its state written where asked, on the recording's origin.
     *
     * @return a note when it could not be written (the browser gone), else null
     */
    String save(BrowserContext context) {
        if (stateOut == null) {
            return null;
        }
        try {
            Path folder = stateOut.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            context.storageState(new BrowserContext.StorageStateOptions().setPath(stateOut));
        } catch (PlaywrightException e) {
            return "the storage state could not be saved: " + TargetLocator.firstLine(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + stateOut, e);
        }
        StorageState.keepOnRecordedOrigin(stateOut, replayOrigin, recordedOrigin);
        return null;
    }
}
