package dev.replayharness.cli;

import dev.replayharness.bundle.ReadProgress;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A progress line on stderr while a large file is read, only when stderr is a terminal: CI logs and pipes
 * get no carriage-return noise.
 */
final class TerminalProgress implements ReadProgress {

    private static final long LARGE_FILE_BYTES = 32L << 20;

    private final PrintStream err;
    private int lastPercent = -1;

    private TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** A progress line on a terminal, nothing otherwise. */
    static ReadProgress forThisProcess() {
        return System.console() != null ? new TerminalProgress(System.err) : ReadProgress.NONE;
    }

    @Override
    public void advanced(Path file, long bytesRead, long fileSize) {
        if (fileSize < LARGE_FILE_BYTES) {
            return;
        }
        int percent = (int) (100 * bytesRead / Math.max(1, fileSize));
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        int filled = percent / 5;
        err.printf("\rreading %s [%s%s] %3d%% (%d/%d MB)", file.getFileName(), "#".repeat(filled),
                " ".repeat(20 - filled), percent, bytesRead >> 20, fileSize >> 20);
        if (bytesRead >= fileSize) {
            err.println();
            lastPercent = -1;
        }
        err.flush();
    }
}
