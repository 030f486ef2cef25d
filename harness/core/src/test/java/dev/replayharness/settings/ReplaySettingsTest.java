package dev.replayharness.settings;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.conditions.ClockMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one reader of every door's settings: defaults, parsing, paths, old names and messages in the door's words. */
class ReplaySettingsTest {

    @TempDir
    Path project;

    private final List<String> warnings = new ArrayList<>();

    private ReplaySettings read(Door door, Map<String, List<String>> given) {
        return ReplaySettings.read(door, name -> given.getOrDefault(name, List.of()), project, warnings::add);
    }

    @Test
    void nothingGivenIsEveryDefault() {
        ReplaySettings settings = read(Door.MAVEN, Map.of());

        assertThat(settings.bundles()).containsExactly(BundleLocation.of(project.resolve("src/test/replays")));
        assertThat(settings.target().spa()).isFalse();
        assertThat(settings.target().imagePort()).isEqualTo(80);
        assertThat(settings.target().startTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.compare().maxVisualRatio()).isEqualTo(0.015);
        assertThat(settings.replay().stepTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.replay().conditions().clock()).isEqualTo(ClockMode.RECORDED);
        assertThat(settings.reportDir()).isEqualTo(project.resolve("target/replay-report"));
        assertThat(settings.replay().outputDir()).isEqualTo(project.resolve("target/replay-report/steps"));
        assertThat(settings.jobs()).isEqualTo(1);
        assertThat(settings.shard()).isNull();
        assertThat(settings.golden()).isFalse();
        assertThat(settings.browser().headless()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aUrlIsKeptAndAFolderIsReadFromTheBaseFolder() {
        assertThat(read(Door.CLI, Map.of("target", List.of("https://shop.example.com/"))).target().target())
                .isEqualTo("https://shop.example.com/");
        ReplaySettings folder = read(Door.CLI, Map.of("target", List.of("dist"), "baselineTarget", List.of("old"),
                "spa", List.of("true")));
        assertThat(folder.target().target()).isEqualTo(project.resolve("dist").toString());
        assertThat(folder.baselineTarget().target()).isEqualTo(project.resolve("old").toString());
        assertThat(folder.baselineTarget().spa()).as("a baseline folder is served as the target is").isTrue();
    }

    @Test
    void inputsComeFromTheValuesFileAndTheGivenValuesWin() throws IOException {
        Files.writeString(project.resolve("values.properties"), "email=file@example.com\nname=Ann\n");

        ReplaySettings settings = read(Door.CLI, Map.of("values", List.of("values.properties"),
                "input", List.of("email=given@example.com", "step:4=a=b")));

        assertThat(settings.replay().inputs().values()).isEqualTo(Map.of("email", "given@example.com", "name", "Ann",
                "step:4", "a=b"));
        assertThat(settings.replay().inputs().secrets().isEmpty()).isTrue();
    }

    @Test
    void aLoggedInStartIsReadAndItsStateFileCheckedBeforeAnythingRuns() throws IOException {
        Files.writeString(project.resolve("state.json"), "{\"cookies\": [], \"origins\": []}");
        ReplaySettings settings = read(Door.MAVEN, Map.of("storageState", List.of("state.json"),
                "saveStorageState", List.of("target/states"), "setup", List.of("replays/login.json"),
                "mapUrl", List.of("/orders/48213=>/orders/7", "/t/(\\w+)/=>/t/ci-$1/")));

        assertThat(settings.replay().conditions().storageState()).isEqualTo(project.resolve("state.json"));
        assertThat(settings.replay().conditions().saveStorageState()).isEqualTo(project.resolve("target/states"));
        assertThat(settings.setup()).isEqualTo(project.resolve("replays/login.json"));
        assertThat(settings.replay().urlRewrites()).extracting(Object::toString)
                .containsExactly("/orders/48213=>/orders/7", "/t/(\\w+)/=>/t/ci-$1/");

        assertThatThrownBy(() -> read(Door.CLI, Map.of("storageState", List.of("absent.json"))))
                .isInstanceOf(SettingException.class).hasMessageContaining("--storage-state: no storage-state file");
        assertThatThrownBy(() -> read(Door.MAVEN, Map.of("mapUrl", List.of("/orders/1"))))
                .hasMessageContaining("replay.mapUrl: expected REGEX=>REPLACEMENT");
    }

    @Test
    void anInputFromTheEnvironmentOrAFileIsReadInEveryDoorAndKeptSecret() throws IOException {
        Files.writeString(project.resolve("token.txt"), "tok-9f8e\n");
        Files.writeString(project.resolve("values.properties"), "token=file:token.txt\n");
        Map<String, String> environment = Map.of("CRM_PASSWORD", "pa55-word");

        for (Door door : Door.values()) {
            ReplaySettings settings = ReplaySettings.read(door, name -> Map.of("values", List.of("values.properties"),
                    "input", List.of("password=env:CRM_PASSWORD", "email=ann@example.com")).getOrDefault(name,
                    List.of()), project, warnings::add, environment::get);
            assertThat(settings.replay().inputs().values()).as(door.name()).isEqualTo(Map.of("token", "tok-9f8e",
                    "password", "pa55-word", "email", "ann@example.com"));
            assertThat(settings.replay().inputs().secrets().hide("ann@example.com pa55-word tok-9f8e"))
                    .isEqualTo("ann@example.com [secret:password] [secret:token]");
        }
        Map<String, List<String>> unset = Map.of("input", List.of("password=env:UNSET_VARIABLE"));
        assertThatThrownBy(() -> ReplaySettings.read(Door.CLI, name -> unset.getOrDefault(name, List.of()), project,
                warnings::add, environment::get)).isInstanceOf(SettingException.class)
                .hasMessageContaining("--input: the value for password: the environment variable UNSET_VARIABLE "
                        + "is not set");
        assertThat(warnings).isEmpty();
        ReplaySettings.read(Door.CLI, name -> name.equals("input") ? List.of("pin=env:PIN") : List.of(), project,
                warnings::add, Map.of("PIN", "42")::get);
        assertThat(warnings).singleElement().asString().contains("shorter than 4 characters", "[secret:pin]");
    }

    @Test
    void aBadValueIsNamedAsTheUsersDoorSpellsIt() {
        Map<String, List<String>> bad = Map.of("stepTimeout", List.of("soon"));
        assertThatThrownBy(() -> read(Door.CLI, bad)).isInstanceOf(SettingException.class)
                .hasMessage("--step-timeout: expected a whole number, 0 or more, was 'soon'");
        assertThatThrownBy(() -> read(Door.MAVEN, bad))
                .hasMessage("replay.stepTimeout: expected a whole number, 0 or more, was 'soon'");
        assertThatThrownBy(() -> read(Door.JUNIT, bad))
                .hasMessage("@ReplayTest(stepTimeout) / -Dreplay.stepTimeout: expected a whole number, 0 or more, "
                        + "was 'soon'");

        assertThatThrownBy(() -> read(Door.CLI, Map.of("maxVisualDiff", List.of("2"))))
                .hasMessageStartingWith("--max-visual-diff: expected a share from 0 to 1");
        assertThatThrownBy(() -> read(Door.CLI, Map.of("golden", List.of("yes"))))
                .hasMessage("--golden: expected true or false, was 'yes'");
        assertThatThrownBy(() -> read(Door.CLI, Map.of("clock", List.of("frozen"))))
                .hasMessageStartingWith("--clock: clock 'frozen' is not one of recorded, live");
        assertThatThrownBy(() -> read(Door.MAVEN, Map.of("shard", List.of("3/2"))))
                .hasMessageStartingWith("replay.shard: a shard is K/N with 1 <= K <= N");
        assertThatThrownBy(() -> read(Door.MAVEN, Map.of("jobs", List.of("0"))))
                .hasMessageStartingWith("replay.jobs: at least 1");
        assertThatThrownBy(() -> read(Door.CLI, Map.of("input", List.of("no-equals-sign"))))
                .hasMessage("--input: expected FIELD=VALUE, was 'no-equals-sign'");
        assertThatThrownBy(() -> read(Door.CLI, Map.of("values", List.of("missing.properties"))))
                .hasMessageStartingWith("--values: cannot read " + project.resolve("missing.properties"));
    }

    @Test
    void anOldNameStillWorksAndIsWarnedAboutInTheDoorsWords() {
        ReplaySettings cli = read(Door.CLI, Map.of("targetCommand", List.of("npm start"),
                "targetUrl", List.of("http://127.0.0.1:{port}/health")));
        assertThat(cli.target().targetCmd()).isEqualTo("npm start");
        assertThat(cli.target().ready()).isEqualTo("http://127.0.0.1:{port}/health");

        ReplaySettings maven = read(Door.MAVEN, Map.of("allowOrigins", List.of("https://cdn.example.com")));
        assertThat(maven.replay().allowedOrigins()).containsExactly("https://cdn.example.com");

        assertThat(warnings).containsExactly(
                "--target-command is deprecated and will be removed in the next release; use --target-cmd",
                "--target-url is deprecated and will be removed in the next release; use --ready",
                "replay.allowOrigins is deprecated and will be removed in the next release; use replay.allowOrigin");
    }

    @Test
    void everySettingIsDocumentedUnderItsNameInEachDoor() throws IOException {
        String doc = Files.readString(Path.of("../../docs/settings.md"));
        for (Setting setting : Setting.values()) {
            for (Door door : setting.doors()) {
                String name = switch (door) {
                    case CLI -> setting.cliName();
                    case MAVEN -> setting.property();
                    case JUNIT -> setting.camelName();
                };
                assertThat(doc).as("docs/settings.md names %s for %s", setting, door).contains("`" + name + "`");
            }
        }
    }
}
