package dev.replayharness.browser;

import java.nio.file.Path;

/**
 * The shape of one isolated browser context (one per recording).
 *
 * @param viewportWidth     CSS pixels
 * @param viewportHeight    CSS pixels
 * @param javaScriptEnabled false to render recorded HTML without running any of its scripts
 * @param recordHar         where Playwright writes the context's network as a HAR when it closes, or null
 * @param storageState      a storage-state file (cookies, local storage) the context starts with, or null
 */
public record ContextSpec(int viewportWidth, int viewportHeight, boolean javaScriptEnabled, Path recordHar,
                          Path storageState) {

    /** A fresh context that writes no HAR. */
    public ContextSpec(int viewportWidth, int viewportHeight, boolean javaScriptEnabled) {
        this(viewportWidth, viewportHeight, javaScriptEnabled, null, null);
    }

    public ContextSpec {
        if (viewportWidth <= 0 || viewportHeight <= 0) {
            throw new IllegalArgumentException(
                    "viewport must be positive, was " + viewportWidth + "x" + viewportHeight);
        }
    }

    /** A 1280x720 viewport with JavaScript on: a live application. */
    public static ContextSpec application() {
        return new ContextSpec(1280, 720, true);
    }

    /** The same context with another viewport. */
    public ContextSpec withViewport(int width, int height) {
        return new ContextSpec(width, height, javaScriptEnabled, recordHar, storageState);
    }

    /** The same context, writing its network to {@code har} (bodies embedded) when it closes; null for none. */
    public ContextSpec recordingHar(Path har) {
        return new ContextSpec(viewportWidth, viewportHeight, javaScriptEnabled, har, storageState);
    }

    /** The same context, starting with the cookies and storage of {@code state}; null for none. */
    public ContextSpec startingFrom(Path state) {
        return new ContextSpec(viewportWidth, viewportHeight, javaScriptEnabled, recordHar, state);
    }
}
