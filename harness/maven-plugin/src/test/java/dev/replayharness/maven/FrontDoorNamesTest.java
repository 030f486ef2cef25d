package dev.replayharness.maven;

import dev.replayharness.cli.ReplayCli;
import dev.replayharness.junit5.ReplayTest;
import dev.replayharness.settings.Door;
import dev.replayharness.settings.Setting;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every option of every front door, walked: each is a {@link Setting} under its one name ({@code --kebab-name},
 * {@code replay.camelName}, {@code @ReplayTest(camelName)}) with its one default, or one of the few that only make
 * sense at that door; old names are deprecated aliases of a setting; and every setting a door takes is there.
 */
class FrontDoorNamesTest {

    /** Options about the command's own output, not the replays. */
    private static final Set<String> CLI_ONLY = Set.of("--json", "--list", "--help", "--version");
    /** Parameters of a goal itself: skipping it, the one recording of run/reproduce, what reproduce expects. */
    private static final Set<String> MAVEN_ONLY = Set.of("skip", "bundle", "expectReproduced");

    @Test
    void everyCommandLineOptionIsASettingUnderItsKebabName() {
        CommandLine cli = ReplayCli.commandLine();
        for (String command : List.of("verify", "reproduce", "run")) {
            Set<Setting> seen = new HashSet<>();
            for (OptionSpec option : cli.getSubcommands().get(command).getCommandSpec().options()) {
                String name = option.longestName();
                if (CLI_ONLY.contains(name)) {
                    continue;
                }
                Optional<Setting> setting = Arrays.stream(Setting.values())
                        .filter(s -> s.cliName().equals(name)).findFirst();
                if (option.hidden()) {
                    assertThat(deprecatedOwner(name.substring(2), Door.CLI)).as("%s %s is a deprecated alias",
                            command, name).isPresent();
                    continue;
                }
                assertThat(setting).as("%s %s is a setting", command, name).isPresent();
                assertThat(setting.get().doors()).as("%s takes the CLI", setting.get()).contains(Door.CLI);
                assertThat(option.names()).as("%s: its names", name).allMatch(n -> n.equals(name)
                        || List.of("-o", "-j").contains(n));
                String shown = setting.get().defaultValue();
                if (shown != null && setting.get().kind() != Setting.Kind.FLAG) {
                    assertThat(String.join(" ", option.description())).as("%s shows its default", name)
                            .endsWith("(default: " + shown + ")");
                }
                seen.add(setting.get());
            }
            Set<Setting> expected = new HashSet<>(Setting.of(Door.CLI));
            if (!command.equals("verify")) {
                expected.removeAll(Set.of(Setting.JOBS, Setting.SHARD));
            }
            assertThat(seen).as("%s takes every CLI setting", command).isEqualTo(expected);
        }
    }

    @Test
    void everyMavenParameterIsASettingUnderItsCamelNameWithItsDefault() throws Exception {
        Map<String, Set<String>> goals = new HashMap<>();
        try (InputStream descriptor = getClass().getResourceAsStream("/META-INF/maven/plugin.xml")) {
            assertThat(descriptor).as("the plugin descriptor").isNotNull();
            Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor)
                    .getDocumentElement();
            NodeList mojos = plugin.getElementsByTagName("mojo");
            for (int m = 0; m < mojos.getLength(); m++) {
                Element mojo = (Element) mojos.item(m);
                String goal = text(mojo, "goal");
                Set<String> deprecated = deprecatedParameters(mojo);
                Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
                NodeList parameters = configuration.getChildNodes();
                Set<String> names = new TreeSet<>();
                for (int p = 0; p < parameters.getLength(); p++) {
                    if (!(parameters.item(p) instanceof Element parameter)) {
                        continue;
                    }
                    String expression = parameter.getTextContent().strip();
                    if (!expression.startsWith("${replay.")) {
                        continue; // read-only project values (the base folder, the build folder)
                    }
                    String name = parameter.getTagName();
                    assertThat(expression).as("%s: the property of %s", goal, name)
                            .isEqualTo("${replay." + name + "}");
                    names.add(name);
                    if (MAVEN_ONLY.contains(name)) {
                        continue;
                    }
                    if (deprecated.contains(name)) {
                        assertThat(deprecatedOwner(name, Door.MAVEN)).as("%s: %s is a deprecated alias", goal, name)
                                .isPresent();
                        continue;
                    }
                    Setting setting = Setting.valueOf(name.replaceAll("([A-Z])", "_$1").toUpperCase());
                    assertThat(setting.property()).isEqualTo("replay." + name);
                    assertThat(setting.doors()).as("%s takes Maven", setting).contains(Door.MAVEN);
                    String defaultValue = parameter.hasAttribute("default-value")
                            ? parameter.getAttribute("default-value") : null;
                    assertThat(defaultValue == null ? null : defaultValue.replace("${project.basedir}/", ""))
                            .as("%s: the default of %s", goal, name).isEqualTo(mavenDefault(setting));
                }
                goals.put(goal, names);
            }
        }
        Set<String> verify = goals.get("verify");
        for (Setting setting : Setting.of(Door.MAVEN)) {
            assertThat(verify).as("replay:verify takes %s", setting).contains(setting.camelName());
        }
        assertThat(goals.get("run")).as("replay:run takes all but the bundles, jobs and shard")
                .containsAll(Setting.of(Door.MAVEN).stream().map(Setting::camelName)
                        .filter(n -> !Set.of("bundles", "jobs", "shard").contains(n)).toList());
    }

    @Test
    void everyReplayTestAttributeIsASettingWithItsDefault() {
        Set<Setting> seen = new HashSet<>();
        for (Method attribute : ReplayTest.class.getDeclaredMethods()) {
            Setting setting = Setting.valueOf(attribute.getName().replaceAll("([A-Z])", "_$1").toUpperCase());
            assertThat(setting.camelName()).isEqualTo(attribute.getName());
            assertThat(setting.doors()).as("%s takes @ReplayTest", setting).contains(Door.JUNIT);
            Object value = attribute.getDefaultValue();
            String defaultValue = value instanceof String[] values ? (values.length == 0 ? null : String.join(",", values))
                    : value.toString().isEmpty() ? null : value.toString();
            assertThat(defaultValue).as("@ReplayTest(%s)'s default", attribute.getName())
                    .isEqualTo(setting.defaultValue());
            seen.add(setting);
        }
        assertThat(seen).as("@ReplayTest takes every JUnit setting").containsExactlyInAnyOrderElementsOf(
                Setting.of(Door.JUNIT));
    }

    /** Maven leaves a flag false and the report folder under its own build folder when no default is written. */
    private static String mavenDefault(Setting setting) {
        if (setting == Setting.REPORT_DIR) {
            return null;
        }
        return setting.defaultValue();
    }

    private static Optional<Setting> deprecatedOwner(String oldName, Door door) {
        return Arrays.stream(Setting.values()).filter(s -> s.doors().contains(door))
                .filter(s -> s.deprecatedNames().stream().anyMatch(old -> door.spell(old)
                        .equals(door.spell(oldName.contains("-") ? camel(oldName) : oldName)))).findFirst();
    }

    private static String camel(String kebab) {
        StringBuilder name = new StringBuilder();
        for (String word : kebab.split("-")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static Set<String> deprecatedParameters(Element mojo) {
        Set<String> deprecated = new HashSet<>();
        NodeList parameters = mojo.getElementsByTagName("parameter");
        for (int p = 0; p < parameters.getLength(); p++) {
            Element parameter = (Element) parameters.item(p);
            if (parameter.getElementsByTagName("deprecated").getLength() > 0) {
                deprecated.add(text(parameter, "name"));
            }
        }
        return deprecated;
    }

    private static String text(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
