package dev.replayharness.event;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

    @Test
    void eventTypeCodesMatchRrweb() {
        assertThat(EventType.fromCode(0)).contains(EventType.DOM_CONTENT_LOADED);
        assertThat(EventType.fromCode(6)).contains(EventType.PLUGIN);
        assertThat(EventType.fromCode(7)).isEmpty();
        assertThat(EventType.fromCode(-1)).isEmpty();
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromCode(type.code())).contains(type);
        }
    }

    @Test
    void incrementalSourceCodesMatchRrweb() {
        assertThat(IncrementalSource.fromCode(0)).contains(IncrementalSource.MUTATION);
        assertThat(IncrementalSource.fromCode(11)).contains(IncrementalSource.LOG);
        assertThat(IncrementalSource.fromCode(12)).contains(IncrementalSource.DRAG);
        assertThat(IncrementalSource.fromCode(16)).contains(IncrementalSource.CUSTOM_ELEMENT);
        assertThat(IncrementalSource.fromCode(17)).isEmpty();
        assertThat(IncrementalSource.values()).extracting(IncrementalSource::code)
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
    }

    @Test
    void mouseInteractionAndNodeTypeCodesMatchRrweb() {
        assertThat(MouseInteraction.fromCode(2)).contains(MouseInteraction.CLICK);
        assertThat(MouseInteraction.fromCode(8)).contains(MouseInteraction.TOUCH_MOVE_DEPARTED);
        assertThat(MouseInteraction.fromCode(10)).contains(MouseInteraction.TOUCH_CANCEL);
        assertThat(MouseInteraction.fromCode(11)).isEmpty();
        assertThat(NodeType.fromCode(4)).contains(NodeType.CDATA);
        assertThat(NodeType.fromCode(5)).contains(NodeType.COMMENT);
        assertThat(NodeType.fromCode(6)).isEmpty();
    }
}
