package dev.replayharness.junit5;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method returning {@link ReplayTests}' dynamic nodes as the replay tests of a class, tagged
 * {@code replay} so a build can run or skip them as a group. Its attributes configure a {@link ReplayTests}
 * parameter, under the names the CLI ({@code --target}) and the Maven plugin ({@code -Dreplay.target}) use; a
 * system property {@code replay.<name>} overrides the attribute, so CI can point the same tests at another build:
 *
 * <pre>{@code
 * @ReplayTest(bundles = "src/test/replays", target = "http://127.0.0.1:8080/")
 * Stream<DynamicNode> replays(ReplayTests tests) {
 *     return tests.stream();
 * }
 * }</pre>
 *
 * Without attributes the method builds its own {@link ReplayTests}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestFactory
@Tag("replay")
@ExtendWith(ReplayTestsResolver.class)
public @interface ReplayTest {

    /** The folder of recordings ({@code replay.bundles}). */
    String bundles() default "src/test/replays";

    /** The build: a URL, or a build folder served here ({@code replay.target}). */
    String target() default "";

    /** A baseline build to compare pictures with, side by side ({@code replay.baselineTarget}). */
    String baselineTarget() default "";

    /** Compare pictures with golden images beside each bundle ({@code replay.golden}). */
    boolean golden() default false;

    /** CSS selectors left out of picture comparisons ({@code replay.mask}, comma-separated). */
    String[] mask() default {};

    /** Fail while a failure the recording holds still happens ({@code replay.forbidRecordedErrors}). */
    boolean forbidRecordedErrors() default false;

    /**
     * The page's time ({@code replay.clock}): {@code recorded} starts it at the recording's, {@code live} is the
     * machine's.
     */
    String clock() default "recorded";

    /** Where screenshots, expected pictures and diffs go ({@code replay.reportDir}). */
    String reportDir() default "target/replay";
}
