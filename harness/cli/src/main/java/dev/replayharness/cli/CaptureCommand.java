package dev.replayharness.cli;

import dev.replayharness.capture.CaptureServer;
import dev.replayharness.capture.CaptureSettings;
import dev.replayharness.capture.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code replay capture}: the capture server posthog-js sends to, until stopped (Ctrl-C or SIGTERM finalise every
 * open session first); {@code replay capture flush} ends every open session of a running one.
 */
@Command(name = "capture", mixinStandardHelpOptions = true, subcommands = CaptureCommand.Flush.class,
        description = "Runs a capture server for posthog-js (api_host = its address): every request journaled "
                + "and synced before it is answered, each session finalised into one portable bundle when idle, "
                + "flushed, or when the server stops.")
final class CaptureCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8010", description = "Port to listen on; 0 picks a free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on; 0.0.0.0 for every "
            + "interface (default: ${DEFAULT-VALUE}).")
    String host;

    // Checked in call(), not by picocli: a required option here would be demanded of `capture flush` too.
    @Option(names = "--store", paramLabel = "DIR|s3://bucket/prefix/",
            converter = StoreConverter.class, description = "Where the bundles go, one <session>.zip per session: a "
            + "folder, or a prefix in an S3-compatible bucket (endpoint from AWS_ENDPOINT_URL_S3, credentials from "
            + "the AWS SDK's default chain; see docs/capture.md).")
    StoreLocation store;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for journals and quarantined bodies "
            + "(default: DIR/.capture under a folder --store, .capture in the current folder for an s3:// one).")
    Path work;

    @Option(names = "--idle", defaultValue = "30m", paramLabel = "DURATION", description = "A session with nothing "
            + "new for this long is finalised: 30m, 90s, 1h (default: ${DEFAULT-VALUE}).")
    String idle;

    @Option(names = "--forward", paramLabel = "URL", description = "Forward mode: every request also goes on, "
            + "unchanged, to this PostHog host (e.g. https://eu.i.posthog.com) once our copy is safe; the SDK gets "
            + "PostHog's answer, or ours when PostHog cannot be reached.")
    URI forward;

    @Option(names = "--assets", paramLabel = "DIR", description = "Serve the posthog-js scripts in DIR (its dist/ "
            + "folder, of the version the site uses) under /static/: the slim posthog-js (array.js) loads its "
            + "recorder from api_host.")
    Path assets;

    @Option(names = "--behind-proxy", description = "A reverse proxy stands in front: clients are told by its "
            + "X-Forwarded-For / Forwarded header, so that the per-client rate limit counts browsers, not the proxy.")
    boolean behindProxy;

    @Spec
    CommandSpec spec;

    /** Stops the running server as Ctrl-C does (once, whoever asks first); null until it runs. */
    private volatile Runnable stop;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (store == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing required option: '--store=DIR|s3://bucket/prefix/'");
        }
        Path folder = work != null ? work
                : store instanceof StoreLocation.Folder dir ? dir.path().resolve(".capture") : Path.of(".capture");
        Duration idleTime;
        try {
            idleTime = duration(idle);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (assets != null && !java.nio.file.Files.isDirectory(assets)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--assets: " + assets
                    + " is not a folder (give posthog-js's dist/ folder, e.g. node_modules/posthog-js/dist)");
        }
        CaptureSettings settings = CaptureSettings.defaults(folder).withHost(host).withPort(port).withStore(store)
                .withIdle(idleTime).forwardingTo(forward).withAssets(assets);
        if (behindProxy) {
            settings = settings.behindProxy();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        CaptureServer capture = CaptureServer.start(settings, line -> {
            out.println(line);
            out.flush();
        });
        AtomicBoolean stopping = new AtomicBoolean();
        stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                out.println("capture: stopping, finalising " + capture.openSessions().size() + " open sessions");
                capture.close();
                out.flush();
                stopped.countDown();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "capture-stop"));
        out.println("capture: posthog.init(token, {api_host: '" + capture.baseUrl() + "'})");
        out.flush();
        stopped.await();
        return ReplayCli.OK;
    }

    /** Stops the server this command runs, finalising every open session, as Ctrl-C does: for tests. */
    void stop() {
        Runnable running = stop;
        if (running != null) {
            running.run();
        }
    }

    /** "30m", "90s", "1h", "500ms" or an ISO-8601 duration ("PT30M"). */
    static Duration duration(String text) {
        try {
            if (text.matches("\\d+ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.matches("\\d+[smh]")) {
                long n = Long.parseLong(text.substring(0, text.length() - 1));
                return switch (text.charAt(text.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            }
            return Duration.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--idle: '" + text + "' is not a duration (30m, 90s, 1h, 500ms or "
                    + "PT30M)", e);
        }
    }

    /** A folder, or {@code s3://bucket/prefix/} (a malformed one named with the form expected). */
    static final class StoreConverter implements picocli.CommandLine.ITypeConverter<StoreLocation> {
        @Override
        public StoreLocation convert(String value) {
            try {
                return StoreLocation.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code replay capture flush}: ends every open session of a capture server running on this machine. */
    @Command(name = "flush", mixinStandardHelpOptions = true,
            description = "Finalises every open session of a running capture server now.")
    static final class Flush implements Callable<Integer> {

        @Option(names = "--port", defaultValue = "8010", description = "The running server's port "
                + "(default: ${DEFAULT-VALUE}).")
        int port;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + CaptureServer.FLUSH_PATH))
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofMinutes(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            spec.commandLine().getOut().println(answer.body());
            return answer.statusCode() == 200 ? ReplayCli.OK : ReplayCli.UNREADABLE_INPUT;
        }
    }
}
