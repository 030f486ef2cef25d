/**
 * The rrweb event model as typed views over Jackson trees.
 *
 * <p>Every event keeps its original JSON ({@code raw()}) untouched, so nothing a newer recorder adds is lost;
 * the typed records hold only cheap scalars and parse anything tree-shaped (DOM snapshots, mutations,
 * plugin payloads) on demand, so a long recording stays cheap to hold in memory.
 */
package dev.replayharness.event;
