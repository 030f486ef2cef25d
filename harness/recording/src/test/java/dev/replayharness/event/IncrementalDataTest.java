package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.replayharness.event.TestJson.incremental;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncrementalDataTest {

    @Test
    void mutation() {
        MutationData data = (MutationData) incremental("""
                {source:0,
                 texts:[{id:10, value:'hello'}, {id:11, value:null}],
                 attributes:[{id:12, attributes:{class:'open', title:null,
                                                 style:{color:'red', margin:false, width:['10px','important']}}}],
                 removes:[{parentId:5, id:13}, {parentId:6, id:14, isShadow:true}],
                 adds:[{parentId:5, nextId:null, node:{type:3, id:15, textContent:'new'}},
                       {parentId:5, nextId:15, previousId:9, node:{type:2, id:16, tagName:'p', attributes:{}, childNodes:[]}}]}""");

        assertThat(data.texts()).containsExactly(new MutationData.TextChange(10, "hello"),
                new MutationData.TextChange(11, null));

        MutationData.AttributeChange change = data.attributes().get(0);
        assertThat(change.id()).isEqualTo(12);
        assertThat(change.attributes()).containsOnlyKeys("class", "title", "style");
        assertThat(change.attributes().keySet()).containsExactly("class", "title", "style");
        assertThat(change.attributes().get("class").textValue()).isEqualTo("open");
        assertThat(change.attributes().get("title").isNull()).isTrue();
        JsonNode style = change.attributes().get("style");
        assertThat(style.isObject()).isTrue();
        assertThat(style.path("color").textValue()).isEqualTo("red");
        assertThat(style.path("margin").booleanValue()).isFalse();
        assertThat(style.path("width").get(1).textValue()).isEqualTo("important");

        assertThat(data.removes()).containsExactly(new MutationData.NodeRemoval(5, 13, false),
                new MutationData.NodeRemoval(6, 14, true));

        MutationData.NodeAddition append = data.adds().get(0);
        assertThat(append.parentId()).isEqualTo(5);
        assertThat(append.nextId()).isNull();
        assertThat(append.previousId()).isNull();
        assertThat(append.node()).isEqualTo(new TextNode(15, "new", false));
        MutationData.NodeAddition insert = data.adds().get(1);
        assertThat(insert.nextId()).isEqualTo(15);
        assertThat(insert.previousId()).isEqualTo(9);
        assertThat(insert.node()).isInstanceOf(ElementNode.class);
        assertThat(data.isAttachIframe()).isFalse();
    }

    @Test
    void emptyMutationAndAttachIframe() {
        MutationData data = (MutationData) incremental("{source:0, isAttachIframe:true, adds:[]}");

        assertThat(data.texts()).isEmpty();
        assertThat(data.attributes()).isEmpty();
        assertThat(data.removes()).isEmpty();
        assertThat(data.adds()).isEmpty();
        assertThat(data.isAttachIframe()).isTrue();
    }

    @Test
    void mutationAddWithoutNodeIsRejected() {
        assertThatThrownBy(() -> incremental("{source:0, adds:[{parentId:1, nextId:null}]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mutation add")
                .hasMessageContaining("'node'");
        assertThatThrownBy(() -> incremental("{source:0, removes:[{id:3}]}"))
                .hasMessageContaining("'parentId'");
    }

    @Test
    void listsAreUnmodifiable() {
        MutationData data = (MutationData) incremental("{source:0, texts:[{id:1, value:'a'}]}");

        assertThatThrownBy(() -> data.texts().add(new MutationData.TextChange(2, "b")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> data.adds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void pointerMovesForAllThreeSources() {
        String positions = "positions:[{x:10.5, y:20, id:7, timeOffset:-30}, {x:11, y:21, id:7, timeOffset:0}]";

        MouseMoveData mouse = (MouseMoveData) incremental("{source:1, " + positions + "}");
        MouseMoveData touch = (MouseMoveData) incremental("{source:6, " + positions + "}");
        MouseMoveData drag = (MouseMoveData) incremental("{source:12, " + positions + "}");

        assertThat(mouse.source()).isEqualTo(IncrementalSource.MOUSE_MOVE);
        assertThat(touch.source()).isEqualTo(IncrementalSource.TOUCH_MOVE);
        assertThat(drag.source()).isEqualTo(IncrementalSource.DRAG);
        assertThat(mouse.positions()).containsExactly(new MouseMoveData.Position(10.5, 20, 7, -30),
                new MouseMoveData.Position(11, 21, 7, 0));
        assertThat(drag.positions()).isEqualTo(mouse.positions());
    }

    @Test
    void mouseInteraction() {
        MouseInteractionData click = (MouseInteractionData) incremental("{source:2, type:2, id:8, x:3, y:4.5, pointerType:0}");
        MouseInteractionData focus = (MouseInteractionData) incremental("{source:2, type:5, id:9}");
        MouseInteractionData future = (MouseInteractionData) incremental("{source:2, type:77, id:9}");

        assertThat(click.type()).contains(MouseInteraction.CLICK);
        assertThat(click.typeCode()).isEqualTo(2);
        assertThat(click.id()).isEqualTo(8);
        assertThat(click.x()).isEqualTo(3.0);
        assertThat(click.y()).isEqualTo(4.5);
        assertThat(click.pointerType()).isZero();
        assertThat(focus.type()).contains(MouseInteraction.FOCUS);
        assertThat(focus.x()).isNull();
        assertThat(focus.pointerType()).isNull();
        assertThat(future.type()).isEmpty();
        assertThat(future.typeCode()).isEqualTo(77);
    }

    @Test
    void scrollViewportAndInput() {
        assertThat(incremental("{source:3, id:1, x:0, y:640.5}")).isEqualTo(new ScrollData(1, 0, 640.5));
        assertThat(incremental("{source:4, width:390, height:844}")).isEqualTo(new ViewportResizeData(390, 844));
        assertThat(incremental("{source:5, id:20, text:'ali', isChecked:false, userTriggered:true}"))
                .isEqualTo(new InputData(20, "ali", false, true));
        assertThat(incremental("{source:5, id:21, text:'', isChecked:true}"))
                .isEqualTo(new InputData(21, "", true, null));
    }

    @Test
    void requiredIdsAreNamed() {
        assertThatThrownBy(() -> incremental("{source:3, x:0, y:0}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scroll data")
                .hasMessageContaining("'id'");
        assertThatThrownBy(() -> incremental("{source:1, positions:[{x:1, id:2, timeOffset:0}]}"))
                .hasMessageContaining("'y'");
    }

    @Test
    void mediaInteraction() {
        MediaInteractionData data = (MediaInteractionData) incremental(
                "{source:7, type:0, id:30, currentTime:12.5, volume:0.8, muted:false, playbackRate:1.5, loop:true}");
        MediaInteractionData pause = (MediaInteractionData) incremental("{source:7, type:1, id:30}");

        assertThat(data).isEqualTo(new MediaInteractionData(0, 30, 12.5, 0.8, false, 1.5, true));
        assertThat(pause.currentTime()).isNull();
        assertThat(pause.muted()).isNull();
    }

    @Test
    void styleSheetRule() {
        StyleSheetRuleData data = (StyleSheetRuleData) incremental(
                "{source:8, id:40, adds:[{rule:'a{color:red}', index:0}, {rule:'b{}', index:[1,2]}], removes:[{index:3}]}");
        StyleSheetRuleData adopted = (StyleSheetRuleData) incremental("{source:8, styleId:2, replaceSync:'p{}'}");

        assertThat(data.id()).isEqualTo(40);
        assertThat(data.styleId()).isNull();
        assertThat(data.addedRules()).containsExactly("a{color:red}", "b{}");
        assertThat(data.raw().path("removes").get(0).path("index").intValue()).isEqualTo(3);
        assertThat(adopted.id()).isNull();
        assertThat(adopted.styleId()).isEqualTo(2);
        assertThat(adopted.replaceSync()).isEqualTo("p{}");
        assertThat(adopted.replace()).isNull();
        assertThat(adopted.addedRules()).isEmpty();
    }

    @Test
    void styleDeclaration() {
        StyleDeclarationData set = (StyleDeclarationData) incremental(
                "{source:13, id:41, index:[0], set:{property:'color', value:'blue', priority:''}}");
        StyleDeclarationData remove = (StyleDeclarationData) incremental(
                "{source:13, styleId:3, index:[0,1], remove:{property:'margin'}}");

        assertThat(set.id()).isEqualTo(41);
        assertThat(set.setProperty()).isEqualTo("color");
        assertThat(set.setValue()).isEqualTo("blue");
        assertThat(set.removeProperty()).isNull();
        assertThat(remove.styleId()).isEqualTo(3);
        assertThat(remove.setProperty()).isNull();
        assertThat(remove.removeProperty()).isEqualTo("margin");
    }

    @Test
    void canvasFontAndCustomElement() {
        CanvasMutationData single = (CanvasMutationData) incremental(
                "{source:9, id:50, type:0, property:'fillRect', args:[0,0,10,10]}");
        CanvasMutationData batch = (CanvasMutationData) incremental(
                "{source:9, id:51, type:1, commands:[{property:'clear', args:[16384]}]}");
        FontData font = (FontData) incremental(
                "{source:10, family:'Inter', fontSource:'url(/inter.woff2)', buffer:false, descriptors:{weight:'400'}}");
        CustomElementData element = (CustomElementData) incremental("{source:16, define:{name:'my-widget'}}");

        assertThat(single.id()).isEqualTo(50);
        assertThat(single.contextType()).isZero();
        assertThat(single.batched()).isFalse();
        assertThat(single.raw().path("property").textValue()).isEqualTo("fillRect");
        assertThat(batch.batched()).isTrue();
        assertThat(batch.contextType()).isEqualTo(1);
        assertThat(font.family()).isEqualTo("Inter");
        assertThat(font.fontSource()).isEqualTo("url(/inter.woff2)");
        assertThat(font.buffer()).isFalse();
        assertThat(font.raw().path("descriptors").path("weight").textValue()).isEqualTo("400");
        assertThat(element.definedName()).isEqualTo("my-widget");
    }

    @Test
    void selectionAndAdoptedStyleSheet() {
        SelectionData selection = (SelectionData) incremental(
                "{source:14, ranges:[{start:60, startOffset:1, end:61, endOffset:4}]}");
        SelectionData cleared = (SelectionData) incremental("{source:14, ranges:[]}");
        AdoptedStyleSheetData adopted = (AdoptedStyleSheetData) incremental(
                "{source:15, id:1, styleIds:[1, 2], styles:[{styleId:2, rules:[{rule:'p{}'}]}]}");

        assertThat(selection.ranges()).containsExactly(new SelectionData.Range(60, 1, 61, 4));
        assertThat(cleared.ranges()).isEmpty();
        assertThat(adopted.id()).isEqualTo(1);
        assertThat(adopted.styleIds()).isEqualTo(List.of(1, 2));
        assertThat(adopted.raw().path("styles").size()).isEqualTo(1);
    }

    @Test
    void rrweb1Log() {
        LogData log = (LogData) incremental("{source:11, level:'warn', trace:['at f (a.js:1:2)'], payload:['\"low\"', '3']}");

        assertThat(log.level()).isEqualTo("warn");
        assertThat(log.trace()).containsExactly("at f (a.js:1:2)");
        assertThat(log.payload()).containsExactly("\"low\"", "3");
    }

    @Test
    void unknownSourceKeepsData() {
        IncrementalData data = incremental("{source:42, whatever:[1]}");

        assertThat(data).isInstanceOfSatisfying(OtherIncrementalData.class, other -> {
            assertThat(other.sourceCode()).isEqualTo(42);
            assertThat(other.raw().path("whatever").get(0).intValue()).isEqualTo(1);
        });
    }

    @Test
    void everyKnownSourceHasItsOwnRecord() {
        for (IncrementalSource source : IncrementalSource.values()) {
            IncrementalData data = IncrementalData.of(source.code(), TestJson.json(
                    "{id:1, type:0, x:0, y:0, width:1, height:1, start:1, startOffset:0, end:1, endOffset:0}"));
            assertThat(data).as(source.name()).isNotInstanceOf(OtherIncrementalData.class);
        }
    }
}
