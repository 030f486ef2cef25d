/**
 * Durable sessions: each accepted event appended to its session's journal and synced before it is acknowledged,
 * retries recognised by identity, and idle or flushed sessions finalised into bundles, surviving a kill at any point.
 */
package dev.replayharness.capture.journal;
