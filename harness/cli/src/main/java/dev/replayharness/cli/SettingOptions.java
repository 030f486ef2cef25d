package dev.replayharness.cli;

import dev.replayharness.settings.Door;
import dev.replayharness.settings.Setting;
import dev.replayharness.settings.SettingLookup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line's options for the shared settings, declared from {@link Setting} itself (so a name or default
 * cannot drift from the Maven plugin's and {@code @ReplayTest}'s), and read back as a {@link SettingLookup}.
 */
final class SettingOptions {

    /** The short spellings the command line adds for its most typed options. */
    private static final Map<Setting, String> SHORT_NAMES = Map.of(Setting.REPORT_DIR, "-o", Setting.JOBS, "-j");

    private SettingOptions() {
    }

    /** Adds an option per setting to the command, and a hidden one per deprecated name. */
    static void declare(CommandSpec command, List<Setting> settings) {
        for (Setting setting : settings) {
            List<String> names = new ArrayList<>();
            if (SHORT_NAMES.containsKey(setting)) {
                names.add(SHORT_NAMES.get(setting));
            }
            names.add(setting.cliName());
            command.addOption(option(setting, names.toArray(String[]::new)).hidden(false).build());
            for (String old : setting.deprecatedNames()) {
                command.addOption(option(setting, Door.CLI.spell(old)).hidden(true).build());
            }
        }
    }

    private static OptionSpec.Builder option(Setting setting, String... names) {
        OptionSpec.Builder option = OptionSpec.builder(names);
        String description = setting.description();
        if (setting.kind() == Setting.Kind.FLAG) {
            return option.type(boolean.class).arity("0").description(description);
        }
        if (setting.defaultValue() != null) {
            description += " (default: " + setting.defaultValue() + ")";
        }
        option.paramLabel(setting.label()).description(description);
        boolean repeated = setting.kind() == Setting.Kind.LIST || setting.kind() == Setting.Kind.PATHS;
        return repeated ? option.type(List.class).auxiliaryTypes(String.class) : option.type(String.class);
    }

    /** What the parsed command line holds, by setting name; {@code bundles} are the command's parameters. */
    static SettingLookup lookup(CommandSpec command, List<String> bundles) {
        return name -> {
            if (name.equals(Setting.BUNDLES.camelName())) {
                return bundles;
            }
            OptionSpec option = command.findOption(Door.CLI.spell(name));
            Object value = option == null ? null : option.getValue();
            if (value instanceof Boolean flag) {
                return flag ? List.of("true") : List.of();
            }
            if (value instanceof List<?> values) {
                return values.stream().map(String::valueOf).toList();
            }
            return value == null ? List.of() : List.of(value.toString());
        };
    }
}
