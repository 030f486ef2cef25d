/**
 * Support for this project's own tests, on their test class path only: the {@link
 * dev.replayharness.testing.BrowserTest} tag that CI runs and quick local builds may skip, and a real loopback
 * HTTP server ({@link dev.replayharness.testing.LoopbackServer}) for pages, CDNs and failing backends.
 */
package dev.replayharness.testing;
