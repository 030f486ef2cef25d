package dev.replayharness.bundle;

import java.nio.file.Path;

/** Told how far reading a file has got, so a front end can show progress on large inputs. */
@FunctionalInterface
public interface ReadProgress {

    /** Reports nothing. */
    ReadProgress NONE = (file, bytesRead, fileSize) -> { };

    /**
     * Called as bytes of a file are consumed (often, from the reading thread: keep it cheap).
     *
     * @param file      the file being read
     * @param bytesRead bytes of it consumed so far (compressed bytes for compressed files)
     * @param fileSize  its size on disk
     */
    void advanced(Path file, long bytesRead, long fileSize);
}
