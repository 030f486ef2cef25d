package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One rrweb event as a source file holds it, before ordering.
 *
 * @param windowId the window it belongs to as the source names it, or null when the format has no windows
 * @param event    the event object (still possibly compressed)
 * @param position where it was read, for error messages
 */
record SourceEvent(String windowId, ObjectNode event, String position) {
}
