/**
 * The self-contained HTML report: one page per replay with each step's pictures and divergences, and the
 * recording playable in rrweb-player, under a content policy that lets no recorded script run.
 */
package dev.replayharness.html;
