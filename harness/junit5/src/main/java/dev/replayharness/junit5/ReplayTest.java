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

    /** Folders of recordings, or recording files ({@code replay.bundles}, a comma list). */
    String[] bundles() default "src/test/replays";

    /** The build: a URL, or a build folder served here ({@code replay.target}). */
    String target() default "";

    /** With a build folder: answer unknown paths with {@code index.html} ({@code replay.spa}). */
    boolean spa() default false;

    /** A baseline build to compare pictures with, side by side ({@code replay.baselineTarget}). */
    String baselineTarget() default "";

    /** Compare pictures with golden images beside each bundle ({@code replay.golden}). */
    boolean golden() default false;

    /** Rewrite the golden images from this run; implies {@code golden} ({@code replay.updateSnapshots}). */
    boolean updateSnapshots() default false;

    /** CSS selectors left out of picture comparisons ({@code replay.mask}, a comma list). */
    String[] mask() default {};

    /** Rewrites of the recorded addresses, {@code REGEX=>REPLACEMENT}, in order ({@code replay.mapUrl}). */
    String[] mapUrl() default {};

    /** The share of pixels a step's picture may differ ({@code replay.maxVisualDiff}). */
    double maxVisualDiff() default 0.015;

    /** Values for masked fields, each {@code FIELD=VALUE} ({@code replay.input}, a comma list). */
    String[] input() default {};

    /** A properties file of {@code FIELD=VALUE} inputs; {@code input} wins over it ({@code replay.values}). */
    String values() default "";

    /** Origins the replayed app may reach besides the target ({@code replay.allowOrigin}, a comma list). */
    String[] allowOrigin() default {};

    /** Seconds a step waits at most for its target or page ({@code replay.stepTimeout}). */
    int stepTimeout() default 10;

    /**
     * The page's time ({@code replay.clock}): {@code recorded} starts it at the recording's, {@code live} is the
     * machine's.
     */
    String clock() default "recorded";

    /** The seed of the page's chance: {@code Math.random}, {@code crypto.randomUUID} ({@code replay.seed}). */
    int seed() default 1;

    /**
     * Where the page's requests are answered ({@code replay.network}): {@code live}, {@code recorded},
     * {@code recorded-only} or {@code har:FILE}.
     */
    String network() default "live";

    /** Write each replay's API calls as a HAR: a {@code .har} file or a folder ({@code replay.recordHar}). */
    String recordHar() default "";

    /**
     * A recording of logging in (or any preparation) replayed once before the tests; every replay starts from its
     * end state ({@code replay.setup}). One that does not replay fails the tests' creation.
     */
    String setup() default "";

    /** Start each replay from a Playwright storage-state file: a logged-in user ({@code replay.storageState}). */
    String storageState() default "";

    /** Write each replay's storage state at its end: a {@code .json} file or a folder ({@code replay.saveStorageState}). */
    String saveStorageState() default "";

    /** Fail while a failure the recording holds still happens ({@code replay.forbidRecordedErrors}). */
    boolean forbidRecordedErrors() default false;

    /** Show the browser when a display exists ({@code replay.headed}). */
    boolean headed() default false;

    /** Milliseconds to wait before each browser action ({@code replay.slowMo}). */
    int slowMo() default 0;

    /** Where screenshots, expected pictures and diffs go, under {@code steps/} ({@code replay.reportDir}). */
    String reportDir() default "target/replay-report";
}
