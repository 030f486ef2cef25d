/**
 * What a recording is replayed against: an app already running ({@link dev.replayharness.target.UrlTarget}), a
 * build folder served here ({@link dev.replayharness.target.StaticDirTarget}) or a command that starts the app
 * ({@link dev.replayharness.target.CommandTarget}).
 */
package dev.replayharness.target;
