package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real recordings committed under fixtures/bundles, and helpers to compare what was read (shared by the core tests). */
public final class FixtureRecordings {

    static final ObjectMapper JSON = new ObjectMapper();

    private FixtureRecordings() {
    }

    public static Path root() {
        String configured = System.getProperty("replay.projectRoot");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("fixtures/bundles"))) {
                return dir.resolve("fixtures/bundles");
            }
        }
        throw new IllegalStateException("no fixtures/bundles above " + start);
    }

    public static List<String> journeys() {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path rrweb(String journey) {
        return root().resolve(journey).resolve("rrweb/events.json");
    }

    public static List<Path> posthogBodies(String journey) {
        try (Stream<Path> files = Files.list(root().resolve(journey).resolve("posthog"))) {
            return files.filter(f -> f.getFileName().toString().matches("s-\\d+\\.json(\\.gz)?")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> steps(String journey) {
        try {
            List<JsonNode> steps = new ArrayList<>();
            JSON.readTree(root().resolve(journey).resolve("rrweb/steps.json").toFile()).forEach(steps::add);
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every event of a recording as (window, raw JSON text), in stream order. */
    static List<String> events(Recording recording) {
        List<String> events = new ArrayList<>();
        try (EventStream stream = recording.events()) {
            stream.forEachRemaining(e -> events.add(e.window() + " " + e.event().raw()));
        }
        return events;
    }

    /** The raw events of a recording, in order. */
    static List<JsonNode> raw(Recording recording) {
        List<JsonNode> events = new ArrayList<>();
        try (EventStream stream = recording.events()) {
            stream.forEachRemaining(e -> events.add(e.event().raw()));
        }
        return events;
    }
}
