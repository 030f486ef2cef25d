/**
 * The recorded page as it stood at any moment: {@code DomMirror} applies snapshots and mutations, and
 * {@code Rebuild} writes a moment out as safe HTML (no scripts, handlers or live URLs) for a browser to show.
 */
package dev.replayharness.dom;
