package dev.replayharness.targets;

/** Something a recording can be replayed against. Starting it gives a base URL; closing it stops what it started. */
public interface Target {

    /** Starts the target (or checks nothing, for one already running) and gives its base URL. */
    RunningTarget start();

    /** What the target is, for reports: a URL, a folder, a command. */
    String describe();
}
