/**
 * The {@code replay} command: one picocli subcommand per job (verify, run, reproduce, inspect, convert, dom,
 * screenshot), each a thin front door over the suite and the library, printing progress for a terminal.
 */
package dev.replayharness.cli;
