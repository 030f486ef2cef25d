package dev.replayharness.settings;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every setting a replay suite takes, under one name in every door: the constant's name read as camel case is the
 * Maven property ({@code replay.maxVisualDiff}) and the {@code @ReplayTest} attribute ({@code maxVisualDiff}), read
 * as kebab case the command-line option ({@code --max-visual-diff}). One default and one description each; old
 * spellings still read, with a warning, for one release.
 */
public enum Setting {
    BUNDLES(Kind.PATHS, "src/test/replays", "BUNDLE|DIR",
            "Recordings: files (any supported format) or folders searched for them; s3://bucket/key or "
                    + "s3://bucket/prefix/ likewise (with replay-s3 on the class path).", Door.MAVEN, Door.JUNIT),
    TARGET(Kind.TEXT, null, "URL|DIR",
            "The build to replay against: a running app's base URL, or a build folder served on a free loopback port."),
    SPA(Kind.FLAG, "false", null,
            "With a build folder: answer unknown paths with index.html (client-side routes)."),
    TARGET_CMD(Kind.TEXT, null, "COMMAND",
            "A command that starts the app (run by sh -c); {port} is replaced by a free port.", Door.CLI, Door.MAVEN),
    READY(Kind.TEXT, null, "URL",
            "With a target command: where the app answers once up (default: http://127.0.0.1:{port}/).",
            Door.CLI, Door.MAVEN),
    TARGET_IMAGE(Kind.TEXT, null, "IMAGE",
            "A container image that serves the app (needs a Docker engine).", Door.CLI, Door.MAVEN),
    IMAGE_PORT(Kind.WHOLE, "80", "PORT",
            "With a target image: the port the app listens on in the container.", Door.CLI, Door.MAVEN),
    START_TIMEOUT(Kind.WHOLE, "60", "SECONDS",
            "How long a target command or container may take to answer.", Door.CLI, Door.MAVEN),
    BASELINE_TARGET(Kind.TEXT, null, "URL|DIR",
            "Compare each step's picture with the same step on this build (side by side)."),
    GOLDEN(Kind.FLAG, "false", null,
            "Compare pictures with golden images kept beside each bundle (<bundle>-snapshots/), written on the "
                    + "first run."),
    UPDATE_SNAPSHOTS(Kind.FLAG, "false", null,
            "Rewrite the golden images from this run (implies golden)."),
    MASK(Kind.LIST, null, "SELECTOR",
            "Leave elements matching this CSS selector out of picture and text comparisons (clocks, ads, what a "
                    + "page picks at random). Repeatable."),
    MAX_VISUAL_DIFF(Kind.RATIO, "0.015", "RATIO",
            "The share of pixels a step's picture may differ."),
    INPUT(Kind.LIST, null, "FIELD=VALUE",
            "A value for a masked field, by its id, name, label or step:N; VALUE may be env:NAME or file:PATH, read "
                    + "then and hidden in every report. Repeatable."),
    VALUES(Kind.PATH, null, "FILE",
            "A properties file of FIELD=VALUE inputs (env: and file: too); input values win over it."),
    MAP_URL(Kind.LIST, null, "REGEX=>REPLACEMENT",
            "Rewrite the recorded addresses (navigations, the address expected after each step): production's ids "
                    + "onto the target's, e.g. /orders/48213=>/orders/7. Repeatable, applied in order."),
    ALLOW_ORIGIN(Kind.LIST, null, "ORIGIN",
            "Let the replayed app reach this origin too (a CDN); every other origin is blocked. Repeatable."),
    STEP_TIMEOUT(Kind.WHOLE, "10", "SECONDS",
            "The longest a step waits for its target or page."),
    CLOCK(Kind.TEXT, "recorded", "recorded|live",
            "The page's time: 'recorded' starts it at the recording's (a date picker opens on the month the user "
                    + "saw), 'live' is this machine's."),
    SEED(Kind.WHOLE, "1", "N",
            "The seed of the page's chance (Math.random, crypto.getRandomValues, crypto.randomUUID): the same seed "
                    + "picks the same every replay."),
    NETWORK(Kind.TEXT, "live", "live|recorded|recorded-only|har:FILE",
            "Where the page's requests are answered: 'live' by the target; 'recorded' with the responses the "
                    + "recording holds, the rest by the target; 'recorded-only' also withholds the API calls it "
                    + "lacks; 'har:FILE' from a HAR (a folder: <recording>.har in it)."),
    RECORD_HAR(Kind.PATH, null, "FILE|DIR",
            "Write each replay's API calls (with bodies) as a HAR on the recording's origin: a .har file, or a folder "
                    + "of <recording>.har. Replay from it with --network har:FILE."),
    SETUP(Kind.PATH, null, "BUNDLE",
            "A recording of logging in (or any preparation) replayed once before the suite on the same target; "
                    + "every replay starts from its end state (cookies, storage). A setup that fails stops the suite "
                    + "(exit 4)."),
    STORAGE_STATE(Kind.PATH, null, "FILE",
            "Start each replay logged in: a Playwright storage-state file (cookies, local storage); entries of the "
                    + "recording's origin move onto the target."),
    SAVE_STORAGE_STATE(Kind.PATH, null, "FILE|DIR",
            "Write each replay's storage state at its end, on the recording's origin: a .json file, or a folder of "
                    + "<recording>.json. A login replayed once gives the file --storage-state takes."),
    FORBID_RECORDED_ERRORS(Kind.FLAG, "false", null,
            "Fail while a failure the recording holds (console error, exception, failed request) still happens: "
                    + "the test a bug report becomes."),
    STOP_AT_FIRST_DIVERGENCE(Kind.FLAG, "false", null,
            "Stop a replay at its first failed step, and the run at its first divergent bundle.", Door.CLI, Door.MAVEN),
    HEADED(Kind.FLAG, "false", null,
            "Show the browser when a display exists; headless otherwise."),
    SLOW_MO(Kind.WHOLE, "0", "MS",
            "Wait this many milliseconds before each browser action."),
    REPORT_DIR(Kind.PATH, "target/replay-report", "DIR",
            "Where the reports go: JUnit XML, Allure results, report.html, summary.json, pictures under steps/."),
    JOBS(Kind.WHOLE, "1", "N",
            "Recordings replayed at once, each worker with its own browser.", Door.CLI, Door.MAVEN),
    SHARD(Kind.TEXT, null, "K/N",
            "Only the K-th of N shards (by a hash of the bundle's name, so a bundle always lands on the same shard).",
            Door.CLI, Door.MAVEN);

    /** How a setting's text is read. */
    public enum Kind {
        /** any text */
        TEXT,
        /** true or false; given without a value it is true */
        FLAG,
        /** a whole number, 0 or more */
        WHOLE,
        /** a number from 0 to 1 */
        RATIO,
        /** several values: repeated, or (where a door cannot repeat) a comma list */
        LIST,
        /** a file or folder, relative to the door's base folder */
        PATH,
        /** several files or folders */
        PATHS
    }

    private final Kind kind;
    private final String defaultValue;
    private final String label;
    private final String description;
    private final Set<Door> doors;

    Setting(Kind kind, String defaultValue, String label, String description, Door... doors) {
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.label = label;
        this.description = description;
        this.doors = doors.length == 0 ? EnumSet.allOf(Door.class) : EnumSet.of(doors[0], doors);
    }

    /** The name in camel case: the Maven property after {@code replay.} and the {@code @ReplayTest} attribute. */
    public String camelName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    /** The command-line option: {@code --max-visual-diff}. */
    public String cliName() {
        return Door.CLI.spell(camelName());
    }

    /** The Maven property and JUnit system property: {@code replay.maxVisualDiff}. */
    public String property() {
        return Door.MAVEN.spell(camelName());
    }

    public Kind kind() {
        return kind;
    }

    /** The value when none is given, as a door would write it; null when there is none. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The doors that take this setting. */
    public Set<Door> doors() {
        return EnumSet.copyOf(doors);
    }

    /** Old camel-case names still read, with a warning. */
    public List<String> deprecatedNames() {
        return switch (this) {
            case TARGET_CMD -> List.of("targetCommand");
            case READY -> List.of("targetUrl");
            case INPUT -> List.of("inputs");
            case ALLOW_ORIGIN -> List.of("allowOrigins");
            default -> List.of();
        };
    }

    /** What the value looks like ({@code SECONDS}, {@code URL|DIR}); null for a flag. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The settings a door takes, in declaration order. */
    public static List<Setting> of(Door door) {
        return java.util.Arrays.stream(values()).filter(s -> s.doors.contains(door)).toList();
    }

    /** {@code maxVisualDiff} as {@code max-visual-diff}. */
    static String kebab(String camelName) {
        return camelName.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
