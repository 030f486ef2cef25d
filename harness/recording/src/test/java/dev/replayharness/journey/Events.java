package dev.replayharness.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.bundle.Bundles;
import dev.replayharness.bundle.Recording;
import dev.replayharness.event.IncrementalSource;
import dev.replayharness.event.MouseInteraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An rrweb recording of one small page, written event by event as the recorder would, and the journey read from
 * it. The page is html (id 2), head (3) and body (4) around the elements a test gives, with ids of its choosing.
 * Times are milliseconds from the start; the page loads at 0.
 */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long START = 1_700_000_000_000L;

    private final ArrayNode events = JSON.createArrayNode();

    private Events() {
    }

    /** A page at {@code url}, 1280 by 720, whose body holds {@code elements}. */
    static Events page(String url, JsonNode... elements) {
        return new Events().load(0, url, elements);
    }

    static ObjectNode element(int id, String tag, JsonNode... children) {
        return element(id, tag, attributes(), children);
    }

    static ObjectNode element(int id, String tag, Map<String, String> attributes, JsonNode... children) {
        ObjectNode node = JSON.createObjectNode().put("type", 2).put("tagName", tag).put("id", id);
        ObjectNode attributeNodes = node.putObject("attributes");
        attributes.forEach(attributeNodes::put);
        node.putArray("childNodes").addAll(List.of(children));
        return node;
    }

    static ObjectNode text(int id, String text) {
        return JSON.createObjectNode().put("type", 3).put("textContent", text).put("id", id);
    }

    /** Attributes as name, value, name, value... in the order given. */
    static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    /** A page load: the address (a meta event) and the page as it then is (a full snapshot). */
    Events load(long at, String url, JsonNode... elements) {
        add(at, 4).put("href", url).put("width", 1280).put("height", 720);
        ObjectNode body = element(4, "body", elements);
        ObjectNode html = element(2, "html", element(3, "head"), body);
        ObjectNode document = JSON.createObjectNode().put("type", 0).put("id", 1);
        document.putArray("childNodes").add(html);
        ObjectNode snapshot = add(at, 2);
        snapshot.set("node", document);
        snapshot.putObject("initialOffset").put("left", 0).put("top", 0);
        return this;
    }

    /** posthog-js reporting an address change without a page load. */
    Events pageview(long at, String url) {
        add(at, 5).put("tag", "$pageview").putObject("payload").put("href", url);
        return this;
    }

    Events mouseDown(long at, int id) {
        return pointer(at, MouseInteraction.MOUSE_DOWN, id, 10, 10);
    }

    Events mouseUp(long at, int id) {
        return pointer(at, MouseInteraction.MOUSE_UP, id, 10, 10);
    }

    Events click(long at, int id) {
        return pointer(at, MouseInteraction.CLICK, id, 10, 10);
    }

    Events focus(long at, int id) {
        return pointer(at, MouseInteraction.FOCUS, id, null, null);
    }

    Events blur(long at, int id) {
        return pointer(at, MouseInteraction.BLUR, id, null, null);
    }

    /** A button going down and up on {@code id}, and the browser's click: what one press of it records. */
    Events press(long at, int id) {
        return mouseDown(at, id).mouseUp(at + 80, id).click(at + 81, id);
    }

    Events pointer(long at, MouseInteraction type, int id, Integer x, Integer y) {
        ObjectNode data = incremental(at, IncrementalSource.MOUSE_INTERACTION).put("type", type.code()).put("id", id);
        if (x != null) {
            data.put("x", x).put("y", y);
        }
        return this;
    }

    /** A field's value as the input event reports it. */
    Events input(long at, int id, String text) {
        incremental(at, IncrementalSource.INPUT).put("id", id).put("text", text).put("isChecked", false);
        return this;
    }

    Events checked(long at, int id, boolean checked) {
        incremental(at, IncrementalSource.INPUT).put("id", id).put("text", "on").put("isChecked", checked);
        return this;
    }

    /** {@code id} scrolled to (x, y); the document's id (1) is the page itself. */
    Events scroll(long at, int id, int x, int y) {
        incremental(at, IncrementalSource.SCROLL).put("id", id).put("x", x).put("y", y);
        return this;
    }

    Events resize(long at, int width, int height) {
        incremental(at, IncrementalSource.VIEWPORT_RESIZE).put("width", width).put("height", height);
        return this;
    }

    /** One mutation setting the class attribute of each element given as id, class, id, class... */
    Events classes(long at, Object... idsAndClasses) {
        ObjectNode data = mutation(at);
        for (int i = 0; i < idsAndClasses.length; i += 2) {
            ObjectNode change = data.withArray("attributes").addObject().put("id", (Integer) idsAndClasses[i]);
            change.putObject("attributes").put("class", (String) idsAndClasses[i + 1]);
        }
        return this;
    }

    /** A mutation removing node {@code id} from {@code parentId}. */
    Events removed(long at, int parentId, int id) {
        mutation(at).withArray("removes").addObject().put("parentId", parentId).put("id", id);
        return this;
    }

    /** A mutation adding {@code node} as the last child of {@code parentId}. */
    Events added(long at, int parentId, JsonNode node) {
        mutation(at).withArray("adds").addObject().put("parentId", parentId).putNull("nextId").set("node", node);
        return this;
    }

    /**
     * A batch of pointer samples over {@code id}, sent at {@code at} and telling of {@code offset} milliseconds
     * before or after it (rrweb sends them late, with negative offsets).
     */
    Events pointerMoved(long at, int id, long offset) {
        incremental(at, IncrementalSource.MOUSE_MOVE).putArray("positions").addObject()
                .put("x", 5).put("y", 5).put("id", id).put("timeOffset", offset);
        return this;
    }

    /** What the extractor reads from the events so far. */
    Journey journey() {
        try {
            Path file = Files.createTempFile("events", ".json");
            try {
                JSON.writeValue(file.toFile(), events);
                try (Recording recording = Bundles.open(file)) {
                    return JourneyExtractor.extract(recording);
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The actions of a journey's steps after the first page's. */
    static List<Action> afterLoad(Journey journey) {
        assertThat(journey.steps().get(0).action()).isInstanceOfSatisfying(Action.Navigate.class,
                first -> assertThat(first.kind()).isEqualTo(Action.NavigationKind.FIRST));
        return journey.steps().stream().skip(1).map(Step::action).toList();
    }

    private ObjectNode mutation(long at) {
        ObjectNode data = incremental(at, IncrementalSource.MUTATION);
        data.putArray("texts");
        data.putArray("attributes");
        data.putArray("removes");
        data.putArray("adds");
        return data;
    }

    private ObjectNode incremental(long at, IncrementalSource source) {
        return add(at, 3).put("source", source.code());
    }

    /** A new event of rrweb {@code type} at {@code at}; its data object, to fill in. */
    private ObjectNode add(long at, int type) {
        ObjectNode event = events.addObject().put("type", type).put("timestamp", START + at);
        return event.putObject("data");
    }
}
