/**
 * The judges: divergences between a replay and its recording (pictures, text, console, requests, address) with
 * their severity, and whether a recorded bug recurred. They judge data they are given; no browser, no app.
 */
package dev.replayharness.compare;
