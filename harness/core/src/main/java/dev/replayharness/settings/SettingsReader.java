package dev.replayharness.settings;

import dev.replayharness.bundle.BundleLocation;
import dev.replayharness.inputs.InputValue;
import dev.replayharness.inputs.InputValues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Turns what a door's lookup holds into values, the one place each kind of setting is parsed, so that a bad value
 * reads the same from every door (named as that door spells it).
 */
final class SettingsReader {

    private final Door door;
    private final SettingLookup lookup;
    private final Path base;
    private final Consumer<String> warnings;
    private final UnaryOperator<String> environment;

    SettingsReader(Door door, SettingLookup lookup, Path base, Consumer<String> warnings,
                   UnaryOperator<String> environment) {
        this.door = door;
        this.lookup = lookup;
        this.base = base;
        this.warnings = warnings;
        this.environment = environment;
    }

    /** The values given, under the name or an old one (with a warning), else the default; blanks dropped. */
    private List<String> values(Setting setting) {
        List<String> values = new ArrayList<>(given(setting.camelName()));
        for (String old : setting.deprecatedNames()) {
            List<String> underOldName = given(old);
            if (!underOldName.isEmpty()) {
                warnings.accept(door.spell(old) + " is deprecated and will be removed in the next release; use "
                        + door.spell(setting.camelName()));
                values.addAll(underOldName);
            }
        }
        if (values.isEmpty() && setting.defaultValue() != null) {
            values.add(setting.defaultValue());
        }
        return values;
    }

    private List<String> given(String camelName) {
        List<String> given = lookup.given(camelName);
        return given == null ? List.of()
                : given.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    SettingException bad(Setting setting, String problem) {
        return new SettingException(door, setting, problem);
    }

    /** The last value given (a later one overrides), or null. */
    String text(Setting setting) {
        List<String> values = values(setting);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    List<String> list(Setting setting) {
        return values(setting);
    }

    boolean flag(Setting setting) {
        String value = text(setting);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(setting, "expected true or false, was '" + value + "'");
        };
    }

    int whole(Setting setting) {
        String value = text(setting);
        try {
            int number = Integer.parseInt(value);
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // worded below with the other bad values
        }
        throw bad(setting, "expected a whole number, 0 or more, was '" + value + "'");
    }

    double ratio(Setting setting) {
        String value = text(setting);
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && number <= 1) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // worded below with the other bad values
        }
        throw bad(setting, "expected a share from 0 to 1 (0.015 is 1.5% of the pixels), was '" + value + "'");
    }

    /** The folder relative paths start from. */
    Path base() {
        return base;
    }

    /** A path relative to the door's base folder, or null. */
    Path path(Setting setting) {
        String value = text(setting);
        return value == null ? null : base.resolve(value).normalize();
    }

    List<Path> paths(Setting setting) {
        return list(setting).stream().map(value -> base.resolve(value).normalize()).toList();
    }

    /** Each value as a location: an {@code s3://} (or other) URL as given, a path relative to the base folder. */
    List<BundleLocation> locations(Setting setting) {
        return list(setting).stream().map(value -> BundleLocation.parse(value, base)).toList();
    }

    /** A URL as given, or a build folder relative to the door's base folder; null when not given. */
    String urlOrFolder(Setting setting) {
        String value = text(setting);
        return value == null || TargetSpec.isUrl(value) ? value : base.resolve(value).normalize().toString();
    }

    /**
     * The values file's entries, then each {@code FIELD=VALUE} input over them; a value may be {@code env:NAME} or
     * {@code file:PATH} (relative to the door's base folder), read now and kept secret.
     */
    InputValues inputs(Setting valuesFile, Setting inputs) {
        Map<String, InputValue> all = new LinkedHashMap<>();
        Path file = path(valuesFile);
        if (file != null) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw bad(valuesFile, "cannot read " + file + ": " + e.getMessage());
            }
            for (String key : properties.stringPropertyNames()) {
                all.put(key, value(valuesFile, key, properties.getProperty(key)));
            }
        }
        for (String input : list(inputs)) {
            int eq = input.indexOf('=');
            if (eq <= 0) {
                throw bad(inputs, "expected FIELD=VALUE, was '" + input + "'");
            }
            String field = input.substring(0, eq).strip();
            all.put(field, value(inputs, field, input.substring(eq + 1)));
        }
        all.forEach((field, value) -> {
            if (value.secret() && value.value().length() < 4) {
                warnings.accept("the secret value for " + field + " is shorter than 4 characters: every such text in "
                        + "the reports is hidden as [secret:" + field + "]");
            }
        });
        return new InputValues(all);
    }

    private InputValue value(Setting setting, String field, String text) {
        try {
            return InputValue.parse(text, base, environment);
        } catch (IllegalArgumentException e) {
            throw bad(setting, "the value for " + field + ": " + e.getMessage());
        }
    }
}
