package dev.replayharness.junit5;

import dev.replayharness.run.ClockMode;
import dev.replayharness.targets.StaticDirTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.UrlTarget;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Gives a {@link ReplayTest} method its {@link ReplayTests}, from the annotation's attributes, each overridden by
 * the system property of the same name ({@code -Dreplay.target=...}).
 */
final class ReplayTestsResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReplayTests.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ReplayTest settings = context.getRequiredTestMethod().getAnnotation(ReplayTest.class);
        String target = setting("target", settings.target());
        if (target.isBlank()) {
            throw new ParameterResolutionException("@ReplayTest has no target: set target = \"http://...\" (or a "
                    + "build folder), or pass -Dreplay.target=...");
        }
        ReplayTests tests = ReplayTests.bundles(setting("bundles", settings.bundles())).against(target)
                .writingTo(Path.of(setting("reportDir", settings.reportDir())));
        try {
            tests = tests.withClock(ClockMode.parse(setting("clock", settings.clock())));
        } catch (IllegalArgumentException bad) {
            throw new ParameterResolutionException("@ReplayTest clock: " + bad.getMessage());
        }
        String masks = setting("mask", String.join(",", settings.mask()));
        if (!masks.isBlank()) {
            tests = tests.masking(Arrays.stream(masks.split(",")).map(String::trim).toArray(String[]::new));
        }
        String baseline = setting("baselineTarget", settings.baselineTarget());
        if (!baseline.isBlank()) {
            tests = tests.againstBaseline(target(baseline));
        } else if (Boolean.parseBoolean(setting("golden", String.valueOf(settings.golden())))) {
            tests = tests.withGoldenImages();
        }
        if (Boolean.parseBoolean(setting("forbidRecordedErrors", String.valueOf(settings.forbidRecordedErrors())))) {
            tests = tests.forbiddingRecordedErrors();
        }
        return tests;
    }

    private static String setting(String name, String fromAnnotation) {
        return System.getProperty("replay." + name, fromAnnotation);
    }

    static Target target(String urlOrFolder) {
        return urlOrFolder.startsWith("http://") || urlOrFolder.startsWith("https://")
                ? new UrlTarget(URI.create(urlOrFolder)) : new StaticDirTarget(Path.of(urlOrFolder), true);
    }
}
