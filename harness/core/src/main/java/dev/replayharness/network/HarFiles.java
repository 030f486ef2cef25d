package dev.replayharness.network;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.replayharness.bundle.BundleRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * HAR files kept beside recordings: written by Playwright during a replay, then cut down to the page's API calls
 * (fetch, XHR) and moved onto the recording's own origin, so that the file answers a later replay of the same
 * recording on any target; read back moved onto that target's origin for Playwright's {@code routeFromHAR}.
 *
 * <p>Only API calls are kept: the build's own HTML, scripts, styles and images must come from the build under test,
 * never from the run that recorded the HAR.
 */
public final class HarFiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HarFiles() {
    }

    /** The HAR of one recording: {@code path} itself when it names a {@code .har} file, else {@code <name>.har} in it. */
    public static Path forRecording(Path path, String recordingName) {
        return BundleRef.outputFile(path, recordingName, ".har");
    }

    /**
     * Rewrites a HAR Playwright recorded: only the entries whose request is in {@code apiCalls} stay, and
     * their addresses move from {@code replayOrigin} (the target the run used) to {@code recordedOrigin}. Every text
     * they hold (addresses, headers, bodies) goes through {@code hide}, so secret inputs a page sent or got back
     * never reach the file.
     *
     * @return how many entries were kept
     */
    public static int keepApiCalls(Path har, Set<RequestKey> apiCalls, String replayOrigin, String recordedOrigin,
                                   UnaryOperator<String> hide) {
        ObjectNode root = read(har);
        ArrayNode entries = entries(har, root);
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode entry : entries) {
            JsonNode request = entry.path("request");
            String url = request.path("url").asText();
            if (apiCalls.contains(RequestKey.of(request.path("method").asText(), url))) {
                ((ObjectNode) request).put("url", moved(url, replayOrigin, recordedOrigin));
                for (JsonNode header : request.path("headers")) {
                    if (header instanceof ObjectNode named && named.path("value").isTextual()) {
                        named.put("value", moved(named.path("value").asText(), replayOrigin, recordedOrigin));
                    }
                }
                hideTexts(entry, hide);
                kept.add(entry);
            }
        }
        ((ObjectNode) root.get("log")).set("entries", kept);
        write(har, root);
        return kept.size();
    }

    private static void hideTexts(JsonNode node, UnaryOperator<String> hide) {
        if (node instanceof ObjectNode object) {
            for (var fields = object.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (field.getValue().isTextual()) {
                    field.setValue(object.textNode(hide.apply(field.getValue().asText())));
                } else {
                    hideTexts(field.getValue(), hide);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, array.textNode(hide.apply(array.get(i).asText())));
                } else {
                    hideTexts(array.get(i), hide);
                }
            }
        }
    }

    /**
     * A copy of {@code har} in {@code workDir} with its addresses moved from {@code recordedOrigin} to
     * {@code replayOrigin}, for Playwright to answer from.
     *
     * @throws NetworkDataException when the file is missing or is not a HAR
     */
    public static Path forReplay(Path har, String recordedOrigin, String replayOrigin, Path workDir) {
        if (!Files.isRegularFile(har)) {
            throw new NetworkDataException(har + ": no HAR file here. Record one from a replay against a live "
                    + "environment with --record-har " + har + ", then replay with --network har:" + har + ".");
        }
        ObjectNode root = read(har);
        for (JsonNode entry : entries(har, root)) {
            JsonNode request = entry.path("request");
            if (!request.isObject() || !request.path("url").isTextual() || !request.path("method").isTextual()) {
                throw new NetworkDataException(har + ": an entry of log.entries has no request.url and "
                        + "request.method: expected a HAR 1.2 file as --record-har or a browser's devtools write it.");
            }
            ((ObjectNode) request).put("url", moved(request.path("url").asText(), recordedOrigin, replayOrigin));
        }
        Path copy = workDir.resolve(har.getFileName().toString());
        write(copy, root);
        return copy;
    }

    private static String moved(String url, String from, String to) {
        return from != null && to != null && url.startsWith(from) ? to + url.substring(from.length()) : url;
    }

    private static ObjectNode read(Path har) {
        try {
            JsonNode root = JSON.readTree(har.toFile());
            if (root instanceof ObjectNode object && object.path("log").isObject()) {
                return object;
            }
            throw new NetworkDataException(har + ": not a HAR file: expected a JSON object with a 'log' object "
                    + "(HAR 1.2). Record one with --record-har.");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new NetworkDataException(har + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": not valid JSON (" + e.getOriginalMessage() + "). A HAR is JSON; record "
                    + "it again with --record-har.", e);
        } catch (IOException e) {
            throw new NetworkDataException(har + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static ArrayNode entries(Path har, ObjectNode root) {
        JsonNode entries = root.get("log").get("entries");
        if (!(entries instanceof ArrayNode array)) {
            throw new NetworkDataException(har + ": log.entries is missing or not a list: expected a HAR 1.2 file. "
                    + "Record one with --record-har.");
        }
        return array;
    }

    private static void write(Path file, JsonNode root) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), root);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NetworkDataException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
