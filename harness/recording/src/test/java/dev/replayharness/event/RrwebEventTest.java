package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.replayharness.event.TestJson.event;
import static dev.replayharness.event.TestJson.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RrwebEventTest {

    @Test
    void domContentLoadedAndLoad() {
        RrwebEvent dom = event("{type:0, timestamp:100, data:{}}");
        RrwebEvent load = event("{type:1, timestamp:200, data:{}}");

        assertThat(dom).isInstanceOf(DomContentLoaded.class);
        assertThat(dom.timestamp()).isEqualTo(100);
        assertThat(dom.type()).contains(EventType.DOM_CONTENT_LOADED);
        assertThat(load).isInstanceOf(Load.class);
        assertThat(load.typeCode()).isEqualTo(1);
        assertThat(load.type()).contains(EventType.LOAD);
    }

    @Test
    void fullSnapshotParsesTreeOnDemand() {
        FullSnapshot snapshot = (FullSnapshot) event("""
                {type:2, timestamp:1700000000000, data:{
                  node:{type:0, id:1, childNodes:[{type:2, id:2, tagName:'html', attributes:{}, childNodes:[]}]},
                  initialOffset:{left:5, top:120}}}""");

        assertThat(snapshot.timestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(snapshot.type()).contains(EventType.FULL_SNAPSHOT);
        assertThat(snapshot.initialOffsetLeft()).isEqualTo(5);
        assertThat(snapshot.initialOffsetTop()).isEqualTo(120);
        assertThat(snapshot.isMobile()).isFalse();
        assertThat(snapshot.node()).get().isInstanceOfSatisfying(DocumentNode.class,
                document -> assertThat(document.childNodes()).singleElement()
                        .isInstanceOfSatisfying(ElementNode.class, html -> assertThat(html.tagName()).isEqualTo("html")));
    }

    @Test
    void mobileFullSnapshotHasNoNode() {
        FullSnapshot snapshot = (FullSnapshot) event("{type:2, timestamp:1, data:{wireframes:[{id:1}]}}");

        assertThat(snapshot.isMobile()).isTrue();
        assertThat(snapshot.node()).isEmpty();
        assertThat(snapshot.initialOffsetLeft()).isZero();
    }

    @Test
    void incrementalKeepsSourceCode() {
        Incremental known = (Incremental) event("{type:3, timestamp:1, data:{source:3, id:1, x:0, y:10}}");
        Incremental unknown = (Incremental) event("{type:3, timestamp:1, data:{source:42}}");

        assertThat(known.type()).contains(EventType.INCREMENTAL_SNAPSHOT);
        assertThat(known.source()).contains(IncrementalSource.SCROLL);
        assertThat(unknown.sourceCode()).isEqualTo(42);
        assertThat(unknown.source()).isEmpty();
    }

    @Test
    void meta() {
        Meta meta = (Meta) event("{type:4, timestamp:1, data:{href:'https://shop.test/cart', width:1280, height:720}}");

        assertThat(meta.href()).isEqualTo("https://shop.test/cart");
        assertThat(meta.width()).isEqualTo(1280);
        assertThat(meta.height()).isEqualTo(720);
        assertThat(meta.type()).contains(EventType.META);
    }

    @Test
    void metaWithMissingFieldsIsLenient() {
        Meta meta = (Meta) event("{type:4, timestamp:1, data:{}}");

        assertThat(meta.href()).isNull();
        assertThat(meta.width()).isZero();
    }

    @Test
    void custom() {
        Custom custom = (Custom) event("{type:5, timestamp:1, data:{tag:'$pageview', payload:{href:'/a'}}}");
        Custom bare = (Custom) event("{type:5, timestamp:1, data:{}}");

        assertThat(custom.tag()).isEqualTo("$pageview");
        assertThat(custom.payload().path("href").textValue()).isEqualTo("/a");
        assertThat(custom.type()).contains(EventType.CUSTOM);
        assertThat(bare.tag()).isNull();
        assertThat(bare.payload().isMissingNode()).isTrue();
        assertThat(custom.pageviewHref()).contains("/a");
        assertThat(bare.pageviewHref()).isEmpty();
        Custom flattened = (Custom) event("{type:5, timestamp:1, data:{tag:'$pageview'}, payload:{href:'/b'}}");
        assertThat(flattened.pageviewHref()).contains("/b");
    }

    @Test
    void plugin() {
        Plugin plugin = (Plugin) event("{type:6, timestamp:1, data:{plugin:'rrweb/console@1', payload:{level:'log'}}}");

        assertThat(plugin.plugin()).isEqualTo(PluginPayload.CONSOLE);
        assertThat(plugin.type()).contains(EventType.PLUGIN);
        assertThat(plugin.payload()).isInstanceOf(ConsolePayload.class);
    }

    @Test
    void unknownTypeIsKeptWithRaw() {
        JsonNode raw = json("{type:99, timestamp:7, data:{future:true}, extra:[1,2]}");

        RrwebEvent event = RrwebEvent.of(raw);

        assertThat(event).isInstanceOfSatisfying(UnknownEvent.class, unknown -> {
            assertThat(unknown.typeCode()).isEqualTo(99);
            assertThat(unknown.timestamp()).isEqualTo(7);
        });
        assertThat(event.type()).isEmpty();
        assertThat(event.raw()).isSameAs(raw);
    }

    @Test
    void rawIsTheSameInstanceWithNothingDropped() {
        JsonNode raw = json("{type:3, timestamp:5, delay:12, windowId:'w1', data:{source:1, positions:[], newField:'x'}}");
        String before = raw.toString();

        RrwebEvent event = RrwebEvent.of(raw);
        ((Incremental) event).data();

        assertThat(event.raw()).isSameAs(raw);
        assertThat(raw.toString()).isEqualTo(before);
        assertThat(raw.path("delay").intValue()).isEqualTo(12);
        assertThat(raw.path("data").path("newField").textValue()).isEqualTo("x");
    }

    @Test
    void fractionalTimestampIsTruncated() {
        assertThat(event("{type:0, timestamp:1700000000000.75}").timestamp()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void missingTimestampIsNamed() {
        assertThatThrownBy(() -> event("{type:2, data:{}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'timestamp'")
                .hasMessageContaining("missing");
    }

    @Test
    void messageNamesFieldAndShowsTheEvent() {
        assertThatThrownBy(() -> event("{type:2, data:{}}"))
                .hasMessage("event needs a number field 'timestamp' but it is missing in {\"type\":2,\"data\":{}}");
    }

    @Test
    void wrongTimestampSaysWhatWasFound() {
        assertThatThrownBy(() -> event("{type:2, timestamp:'yesterday'}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'timestamp'")
                .hasMessageContaining("\"yesterday\"");
    }

    @Test
    void missingOrWrongTypeIsNamed() {
        assertThatThrownBy(() -> event("{timestamp:1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'type'")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> event("{type:'2', timestamp:1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("integer field 'type'")
                .hasMessageContaining("\"2\"");
        assertThatThrownBy(() -> event("{type:2.5, timestamp:1}"))
                .hasMessageContaining("'type'")
                .hasMessageContaining("2.5");
    }

    @Test
    void incrementalWithoutSourceIsRejected() {
        assertThatThrownBy(() -> event("{type:3, timestamp:1, data:{id:4}}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'source'");
        assertThatThrownBy(() -> event("{type:3, timestamp:1}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("incremental snapshot data needs an integer field 'source' but it is missing");
    }

    @Test
    void nonObjectIsRejected() {
        assertThatThrownBy(() -> RrwebEvent.of(json("[1,2]")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JSON object")
                .hasMessageContaining("[1,2]");
        assertThatThrownBy(() -> RrwebEvent.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
    }

    @Test
    void longValuesAreShortenedInMessages() {
        String padding = "x".repeat(500);

        assertThatThrownBy(() -> event("{type:1, pad:'" + padding + "'}"))
                .hasMessageContaining("...")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
}
