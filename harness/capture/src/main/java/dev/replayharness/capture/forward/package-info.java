/**
 * Forward mode: every request also goes on, unchanged, to the real PostHog host once our copy is safe, and the SDK
 * gets PostHog's answer; when PostHog cannot be reached, our copy still lands and the SDK gets an answer it accepts.
 */
package dev.replayharness.capture.forward;
