package dev.replayharness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-compatible server for tests: s3proxy with its filesystem backend, run as a child process on a free
 * loopback port. A child process, because s3proxy brings its own Jetty, which must not meet the capture server's on
 * one class path. The build copies s3proxy's self-contained jar to {@code target/s3proxy/s3proxy.jar} of each module
 * that sets {@code replay.s3proxy.skip} to false, and tells surefire where with {@value #JAR_PROPERTY}.
 */
public final class S3ProxyServer implements AutoCloseable {

    /** The system property naming s3proxy's self-contained jar. */
    public static final String JAR_PROPERTY = "replay.s3proxy.jar";
    /** The test server's access key and secret: made up, for this loopback server only. */
    public static final String ACCESS_KEY = "replay-test-access";
    public static final String SECRET_KEY = "replay-test-secret";
    public static final String REGION = "us-east-1";

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final int ATTEMPTS = 3;

    private final Process process;
    private final URI endpoint;
    private final Path basedir;
    private final Path log;

    private S3ProxyServer(Process process, URI endpoint, Path basedir, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.basedir = basedir;
        this.log = log;
    }

    /**
     * Starts s3proxy storing its buckets under {@code folder/buckets} (its log in {@code folder/s3proxy.log}) and
     * returns once it answers HTTP, within {@link #READY_WITHIN}.
     */
    public static S3ProxyServer start(Path folder) {
        Path jar = jar();
        IllegalStateException last = null;
        // A free port found now may be taken before s3proxy binds it: try again on another.
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return startOnce(jar, folder, freePort());
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static S3ProxyServer startOnce(Path jar, Path folder, int port) {
        try {
            Path basedir = Files.createDirectories(folder.resolve("buckets"));
            Path log = folder.resolve("s3proxy.log");
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            Path properties = folder.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + basedir.toAbsolutePath().toString().replace('\\', '/'),
                    ""), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-jar", jar.toString(), "--properties", properties.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("LOG_LEVEL", "warn");
            Process process = builder.start();
            // A test JVM that ends without closing it (killed, or a forgotten close) takes s3proxy with it.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, "s3proxy-stop"));
            S3ProxyServer server = new S3ProxyServer(process, endpoint, basedir, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start s3proxy from " + jar + ": " + e.getMessage(), e);
        }
    }

    private static Path jar() {
        String configured = System.getProperty(JAR_PROPERTY);
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "s3proxy", "s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("s3proxy is not at " + jar.toAbsolutePath() + ": run the tests through "
                    + "Maven, which copies org.gaul:s3proxy (jar-with-dependencies) there when the module sets "
                    + "<replay.s3proxy.skip>false</replay.s3proxy.skip>, or set -D" + JAR_PROPERTY);
        }
        return jar;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free loopback port", e);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy exited with " + process.exitValue() + " before it answered "
                        + "on " + endpoint + "; its log:\n" + logText());
            }
            try {
                // Any answer (403 without a signature) means it listens and serves S3.
                http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for s3proxy", e);
            }
        }
        close();
        throw new IllegalStateException("s3proxy did not answer on " + endpoint + " within " + READY_WITHIN
                + "; its log:\n" + logText());
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Makes a bucket: with the filesystem backend, a bucket is a folder. */
    public S3ProxyServer createBucket(String bucket) {
        try {
            Files.createDirectories(basedir.resolve(bucket));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the filesystem backend keeps an object: lets a test see what was stored without an S3 client. */
    public Path storedFile(String bucket, String key) {
        return basedir.resolve(bucket).resolve(key);
    }

    /**
     * The system properties that point the AWS SDK and Replay Harness's S3 settings at this server: endpoint,
     * region, and the test credentials (read by the SDK's default chain).
     */
    public Map<String, String> clientProperties() {
        return Map.of("replay.s3.endpoint", endpoint.toString(), "replay.s3.region", REGION,
                "aws.accessKeyId", ACCESS_KEY, "aws.secretAccessKey", SECRET_KEY);
    }

    /** Sets {@link #clientProperties()} until the returned handle is closed, which restores what was there. */
    public AutoCloseable useAsDefault() {
        Map<String, String> set = clientProperties();
        Map<String, String> before = new java.util.HashMap<>();
        set.keySet().forEach(key -> before.put(key, System.getProperty(key)));
        set.forEach(System::setProperty);
        return () -> before.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
