package dev.replayharness.conditions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A Playwright storage-state file (cookies, and local storage per origin): where a replay starts when the user was
 * already logged in. Kept on the recording's own origin, like a HAR, so one file serves a replay on any target:
 * read, the cookies and storage of the recorded site move onto the target's; written, back onto the recording's.
 * A site is a scheme and host, any port: cookies ignore ports, and recordings of one app made on a developer's
 * machine on another day may carry another port. Entries of other sites (a single sign-on provider) stay.
 */
public final class StorageState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StorageState() {
    }

    /**
     * Reads {@code file} as a storage state.
     *
     * @throws IllegalArgumentException naming the file, and the line and column of a syntax error
     */
    public static ObjectNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no storage-state file " + file + " (write one with "
                    + "--save-storage-state, or Playwright's context.storageState(path))");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(file + (at == null ? "" : " line " + at.getLineNr() + " column "
                    + at.getColumnNr()) + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!(root instanceof ObjectNode state) || !root.path("cookies").isArray() && !root.path("origins").isArray()) {
            throw new IllegalArgumentException(file + ": not a storage state: expected an object with \"cookies\" "
                    + "and \"origins\" arrays, as Playwright writes");
        }
        return state;
    }

    /**
     * A copy of {@code file} in {@code workDir} moved from {@code recordedOrigin} onto {@code replayOrigin}, for the
     * replay's context to start from. A cookie of the recorded site (its host or a parent domain) is set on the
     * target's host; on a plain-HTTP target it loses {@code Secure} (else the browser would never send it) and a
     * {@code SameSite=None} becomes {@code Lax} (None needs Secure).
     */
    public static Path forReplay(Path file, String recordedOrigin, String replayOrigin, Path workDir) {
        ObjectNode state = read(file);
        if (recordedOrigin != null && replayOrigin != null && !recordedOrigin.equals(replayOrigin)) {
            move(state, recordedOrigin, replayOrigin);
        }
        Path copy = workDir.resolve("storage-state.json");
        write(copy, state);
        return copy;
    }

    /** After a replay wrote {@code file} on {@code replayOrigin}: its entries of that origin moved back onto the recording's. */
    public static void keepOnRecordedOrigin(Path file, String replayOrigin, String recordedOrigin) {
        if (recordedOrigin == null || replayOrigin == null || recordedOrigin.equals(replayOrigin)) {
            return;
        }
        ObjectNode state = read(file);
        move(state, replayOrigin, recordedOrigin);
        write(file, state);
    }

    private static void move(ObjectNode state, String fromOrigin, String toOrigin) {
        URI from = URI.create(fromOrigin);
        URI to = URI.create(toOrigin);
        boolean secureTarget = "https".equalsIgnoreCase(to.getScheme());
        for (JsonNode cookie : state.path("cookies")) {
            if (cookie instanceof ObjectNode named && coversHost(named.path("domain").asText(""), from.getHost())) {
                named.put("domain", to.getHost());
                if (!secureTarget) {
                    named.put("secure", false);
                    if ("None".equalsIgnoreCase(named.path("sameSite").asText())) {
                        named.put("sameSite", "Lax");
                    }
                }
            }
        }
        for (JsonNode origin : state.path("origins")) {
            if (origin instanceof ObjectNode named && sameSite(named.path("origin").asText(""), from)) {
                named.put("origin", toOrigin);
            }
        }
    }

    /** A cookie for {@code domain} (a host, or {@code .parent}) is sent to {@code host}. */
    private static boolean coversHost(String domain, String host) {
        if (host == null || domain.isEmpty()) {
            return false;
        }
        String bare = domain.startsWith(".") ? domain.substring(1) : domain;
        String lower = host.toLowerCase(Locale.ROOT);
        bare = bare.toLowerCase(Locale.ROOT);
        return lower.equals(bare) || lower.endsWith("." + bare);
    }

    private static boolean sameSite(String origin, URI site) {
        try {
            URI given = URI.create(origin);
            return site.getScheme().equalsIgnoreCase(String.valueOf(given.getScheme()))
                    && site.getHost().equalsIgnoreCase(String.valueOf(given.getHost()));
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private static void write(Path file, ObjectNode state) {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), state);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
