/**
 * S3-compatible object stores through the AWS SDK v2: {@code s3://bucket/key} locations, a client configured from
 * the environment (endpoint, path-style, region; credentials from the SDK's chain), and the few object operations used.
 */
package dev.replayharness.s3;
