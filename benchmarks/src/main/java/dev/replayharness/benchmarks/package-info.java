/**
 * Performance measured, never asserted: each benchmark prints its figures beside a baseline run on the same
 * input in the same run (our pixel diff against pixelmatch, readers against plain Jackson).
 */
package dev.replayharness.benchmarks;
