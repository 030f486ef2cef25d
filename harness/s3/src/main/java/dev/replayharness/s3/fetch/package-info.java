/**
 * {@code s3://} locations for every front door: a {@link dev.replayharness.bundle.RemoteFetcher} that downloads an
 * object or a prefix, so bundle readers treat an S3 location as a file or a folder.
 */
package dev.replayharness.s3.fetch;
