/**
 * Every recording format in, one {@code Recording} out (PostHog exports and blobs, rrweb arrays, our portable
 * bundle), events streamed in order; readers name the file, the place and the fix when input is bad or hostile.
 */
package dev.replayharness.bundle;
