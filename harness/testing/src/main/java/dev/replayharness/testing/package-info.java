/**
 * Support for this project's own tests, on their test class path only: the {@link
 * dev.replayharness.testing.BrowserTest} tag that CI runs and quick local builds may skip, and a real loopback
 * HTTP server ({@link dev.replayharness.testing.LoopbackServer}) for pages, CDNs and failing backends; and a real
 * S3-compatible server ({@link dev.replayharness.testing.S3ProxyServer}, s3proxy in a child process).
 */
package dev.replayharness.testing;
