/**
 * The values a replay types into fields the recording masked: given on the command line, or read from the
 * environment and from files so that secrets stay out of command lines, and then out of every report.
 */
package dev.replayharness.inputs;
