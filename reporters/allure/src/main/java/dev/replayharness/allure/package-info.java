/**
 * Allure results for replays: a test per recording, a step per replayed step, with the screenshots, the
 * expected pictures and the diffs attached.
 */
package dev.replayharness.allure;
