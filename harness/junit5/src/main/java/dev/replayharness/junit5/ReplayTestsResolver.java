package dev.replayharness.junit5;

import dev.replayharness.settings.Door;
import dev.replayharness.settings.ReplaySettings;
import dev.replayharness.settings.Setting;
import dev.replayharness.settings.SettingLookup;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Gives a {@link ReplayTest} method its {@link ReplayTests}: the settings are the annotation's attributes, each
 * overridden by the system property of the same name ({@code -Dreplay.target=...}), read like every other door's.
 */
final class ReplayTestsResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReplayTests.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ReplayTest annotation = context.getRequiredTestMethod().getAnnotation(ReplayTest.class);
        try {
            ReplaySettings settings = ReplaySettings.read(Door.JUNIT, lookup(annotation), Path.of(""),
                    warning -> context.publishReportEntry("replay", "warning: " + warning));
            if (settings.target().target() == null) {
                throw new ParameterResolutionException("@ReplayTest has no target: set target = \"http://...\" (or "
                        + "a build folder), or pass -D" + Setting.TARGET.property() + "=...");
            }
            return ReplayTests.from(settings);
        } catch (IllegalArgumentException bad) {
            throw new ParameterResolutionException(bad.getMessage(), bad);
        }
    }

    /** A system property {@code replay.<name>} (a comma list for a repeated setting), else the attribute. */
    static SettingLookup lookup(ReplayTest annotation) {
        return name -> {
            String property = System.getProperty("replay." + name);
            if (property != null) {
                return repeated(name) ? Arrays.stream(property.split(",")).toList() : List.of(property);
            }
            try {
                Method attribute = ReplayTest.class.getMethod(name);
                Object value = attribute.invoke(annotation);
                return value instanceof String[] values ? List.of(values) : List.of(String.valueOf(value));
            } catch (NoSuchMethodException notAnAttribute) {
                return List.of();
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("@ReplayTest(" + name + ") cannot be read", e);
            }
        };
    }

    private static boolean repeated(String name) {
        return Arrays.stream(Setting.values()).filter(s -> s.camelName().equals(name)
                        || s.deprecatedNames().contains(name))
                .anyMatch(s -> s.kind() == Setting.Kind.LIST || s.kind() == Setting.Kind.PATHS);
    }
}
