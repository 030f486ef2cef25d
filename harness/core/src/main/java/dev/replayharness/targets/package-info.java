/**
 * What a recording is replayed against: an app already running ({@link dev.replayharness.targets.UrlTarget}), a
 * build folder served here ({@link dev.replayharness.targets.StaticDirTarget}) or a command that starts the app
 * ({@link dev.replayharness.targets.CommandTarget}).
 */
package dev.replayharness.targets;
