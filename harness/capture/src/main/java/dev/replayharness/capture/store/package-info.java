/**
 * Where finalised bundles land: a folder (written atomically and synced) or an S3-compatible bucket (one atomic PUT
 * per object), so that a bundle is either whole or absent whatever happens to the server.
 */
package dev.replayharness.capture.store;
