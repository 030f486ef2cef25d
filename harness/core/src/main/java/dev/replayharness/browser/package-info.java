/**
 * Chromium through Playwright: finding the executable, launch flags, contexts, the one network policy, and
 * rebuilt pages shown with JavaScript off and every request decided by that policy.
 */
package dev.replayharness.browser;
