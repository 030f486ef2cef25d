/**
 * Support for this project's own tests, on their test class path only: the {@link
 * dev.replayharness.testing.BrowserTest} tag that CI runs and quick local builds may skip.
 */
package dev.replayharness.testing;
