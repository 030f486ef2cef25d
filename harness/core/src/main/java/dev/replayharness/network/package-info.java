/**
 * The network a replayed page meets: the target's live backend, the responses recorded with the session, or a HAR.
 * Matching a replayed request to a recorded one, and HAR files written and read for that.
 */
package dev.replayharness.network;
