package dev.replayharness.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Streams a PostHog "Export to JSON" file: {@code {"version": "2023-04-28", "data": {"id", "snapshots": [event
 * + windowId]}}} or {@code {"version": "2022-12-02", "data": {"snapshotsByWindowId": {wid: [events]}}}}, one
 * event at a time, whatever the order of the fields.
 */
final class PosthogExportReader implements SourceReader {

    static final Set<String> VERSIONS = Set.of("2023-04-28", "2022-12-02");

    private enum State { ROOT, DATA, SNAPSHOTS, BY_WINDOW, WINDOW_EVENTS, DONE }

    private final JsonParser parser;
    private State state = State.ROOT;
    private String version;
    private String sessionId;
    private String currentWindow;
    private SourceFormat structure;

    PosthogExportReader(JsonParser parser) throws IOException {
        this.parser = parser;
        expect(parser.nextToken(), JsonToken.START_OBJECT, "a JSON object");
    }

    @Override
    public SourceEvent next() throws IOException {
        while (true) {
            switch (state) {
                case ROOT -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_OBJECT || token == null) {
                        finish();
                        return null;
                    }
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("version".equals(field)) {
                        checkVersion(parser.getValueAsString());
                    } else if ("data".equals(field)) {
                        expect(value, JsonToken.START_OBJECT, "\"data\" to be an object");
                        state = State.DATA;
                    } else {
                        parser.skipChildren();
                    }
                }
                case DATA -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_OBJECT) {
                        state = State.ROOT;
                        continue;
                    }
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("snapshots".equals(field)) {
                        expect(value, JsonToken.START_ARRAY, "\"data.snapshots\" to be an array");
                        structure = SourceFormat.POSTHOG_EXPORT_2023;
                        state = State.SNAPSHOTS;
                    } else if ("snapshotsByWindowId".equals(field)) {
                        expect(value, JsonToken.START_OBJECT, "\"data.snapshotsByWindowId\" to be an object");
                        structure = SourceFormat.POSTHOG_EXPORT_2022;
                        state = State.BY_WINDOW;
                    } else if ("id".equals(field) && value.isScalarValue()) {
                        sessionId = parser.getValueAsString();
                    } else {
                        parser.skipChildren();
                    }
                }
                case SNAPSHOTS -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        state = State.DATA;
                        continue;
                    }
                    String where = position();
                    ObjectNode event = readEvent(token);
                    JsonNode window = event.remove("windowId");
                    return new SourceEvent(window == null || window.isNull() ? null : window.asText(), event, where);
                }
                case BY_WINDOW -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_OBJECT) {
                        state = State.DATA;
                        continue;
                    }
                    currentWindow = parser.currentName();
                    expect(parser.nextToken(), JsonToken.START_ARRAY, "the events of window " + currentWindow
                            + " to be an array");
                    state = State.WINDOW_EVENTS;
                }
                case WINDOW_EVENTS -> {
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        state = State.BY_WINDOW;
                        continue;
                    }
                    String where = position();
                    return new SourceEvent(currentWindow, readEvent(token), where);
                }
                case DONE -> {
                    return null;
                }
            }
        }
    }

    private ObjectNode readEvent(JsonToken token) throws IOException {
        expect(token, JsonToken.START_OBJECT, "an event object");
        return parser.readValueAsTree();
    }

    private void checkVersion(String value) throws IOException {
        if (!VERSIONS.contains(value)) {
            throw new FormatMismatchException("the export has version \"" + value
                    + "\"; the versions PostHog can play back, and this reader reads, are 2023-04-28 and 2022-12-02");
        }
        version = value;
    }

    private void finish() throws IOException {
        state = State.DONE;
        if (version == null) {
            throw new FormatMismatchException("the export has no \"version\" field; expected 2023-04-28 or 2022-12-02");
        }
        if (structure == null) {
            throw new FormatMismatchException("the export has no \"data.snapshots\" or \"data.snapshotsByWindowId\"");
        }
        if (parser.nextToken() != null) {
            throw new FormatMismatchException("unexpected content after the export's closing brace");
        }
    }

    private void expect(JsonToken found, JsonToken wanted, String what) throws IOException {
        if (found != wanted) {
            throw new FormatMismatchException("expected " + what + " but found " + describe(found));
        }
    }

    static String describe(JsonToken token) {
        return token == null ? "the end of the input" : token.asString() == null ? token.name() : token.asString();
    }

    @Override
    public String position() {
        return JsonSupport.position(parser);
    }

    @Override
    public SourceFormat format() {
        if (structure != null) {
            return structure;
        }
        return "2022-12-02".equals(version) ? SourceFormat.POSTHOG_EXPORT_2022 : SourceFormat.POSTHOG_EXPORT_2023;
    }

    @Override
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
