package dev.replayharness.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every committed recording converts to a portable bundle and to a PostHog export, and both read back to the
 * same events; bundles are byte-for-byte deterministic and their manifests valid against the schema.
 */
class RoundTripTest {

    private static JsonSchema manifestSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        Path schema = FixtureRecordings.root().getParent().getParent().resolve("docs/schema/manifest-v1.schema.json");
        manifestSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(FixtureRecordings.JSON.readTree(schema.toFile()));
    }

    static List<String> journeys() {
        return FixtureRecordings.journeys();
    }

    private static Recording open(String journey, boolean posthog) {
        return posthog ? Bundles.openAll(FixtureRecordings.posthogBodies(journey), ReadLimits.defaults())
                : Bundles.open(FixtureRecordings.rrweb(journey));
    }

    @ParameterizedTest
    @MethodSource("journeys")
    void rrwebAndPosthogRecordingsSurviveBothConversions(String journey) throws IOException {
        for (boolean posthog : new boolean[] {false, true}) {
            try (Recording original = open(journey, posthog)) {
                List<String> expected = FixtureRecordings.events(original);
                Path bundle = dir.resolve(journey + posthog + ".zip");
                Path export = dir.resolve(journey + posthog + ".json");

                BundleManifest manifest = new PortableBundleWriter(16 * 1024).write(original, bundle);
                new PosthogExportWriter().write(original, export);

                assertValid(bundle);
                assertThat(manifest.eventCounts().total()).isEqualTo(expected.size());
                assertThat(manifest.source().format()).isEqualTo(original.format().id());
                try (Recording fromBundle = Bundles.open(bundle); Recording fromExport = Bundles.open(export)) {
                    assertThat(fromBundle.format()).isEqualTo(SourceFormat.PORTABLE_BUNDLE);
                    assertThat(fromExport.format()).isEqualTo(SourceFormat.POSTHOG_EXPORT_2023);
                    assertThat(FixtureRecordings.events(fromBundle)).isEqualTo(expected);
                    assertThat(FixtureRecordings.events(fromExport)).isEqualTo(expected);
                    assertThat(fromBundle.metadata().originFormat()).isEqualTo(original.format());
                    assertThat(fromBundle.sessionId()).isEqualTo(original.sessionId());
                    assertThat(fromBundle.metadata().windows()).isEqualTo(original.metadata().windows());
                    assertThat(fromBundle.metadata().interactions()).isEqualTo(original.metadata().interactions());
                }
            }
        }
    }

    @Test
    void theSameRecordingAlwaysGivesTheSameBundleBytes() throws IOException {
        Path first = dir.resolve("first.zip");
        Path second = dir.resolve("second.zip");
        try (Recording a = open("shop-checkout", true)) {
            new PortableBundleWriter().write(a, first);
        }
        try (Recording b = open("shop-checkout", true)) {
            new PortableBundleWriter().write(b, second);
        }

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void chunksStayWithinTheirBoundAndAreAllListed() throws IOException {
        Path bundle = dir.resolve("chunked.zip");
        try (Recording recording = open("site-browse", false)) {
            BundleManifest manifest = new PortableBundleWriter(8 * 1024).write(recording, bundle);

            assertThat(manifest.entries()).hasSizeGreaterThan(5)
                    .allSatisfy(entry -> assertThat(entry.kind()).isEqualTo("events"))
                    .extracting(BundleManifest.Entry::eventCount).allSatisfy(n -> assertThat(n).isPositive());
            assertThat(manifest.entries().stream().mapToLong(BundleManifest.Entry::eventCount).sum())
                    .isEqualTo(recording.metadata().eventCount());
        }
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).last().isEqualTo("manifest.json");
        }
    }

    private static void assertValid(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile()); InputStream in = zip.getInputStream(zip.getEntry("manifest.json"))) {
            JsonNode manifest = FixtureRecordings.JSON.readTree(in);
            Set<ValidationMessage> problems = manifestSchema.validate(manifest);
            assertThat(problems).as("schema problems in %s", bundle).isEmpty();
        }
    }
}
