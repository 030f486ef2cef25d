package dev.replayharness.containers;

import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.Target;
import dev.replayharness.targets.TargetException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * An app started from a container image with Testcontainers: the exposed port is mapped to a free host port, and
 * the target is ready once {@code readinessPath} answers below 500 (within the start timeout). Closing stops and
 * removes the container.
 *
 * @param image         e.g. {@code ghcr.io/acme/shop:1.4.2}
 * @param port          the port the app listens on inside the container
 * @param readinessPath the path polled until the app answers, e.g. {@code /} or {@code /health}
 * @param environment   environment variables for the container
 * @param startTimeout  how long pulling and starting may take
 */
public record ContainerTarget(String image, int port, String readinessPath, Map<String, String> environment,
                              Duration startTimeout) implements Target {

    public ContainerTarget {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(readinessPath, "readinessPath");
        environment = Map.copyOf(environment);
        Objects.requireNonNull(startTimeout, "startTimeout");
    }

    /** Whether a Docker engine answers here; without one, {@link #start()} fails with that reason. */
    public static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @Override
    public RunningTarget start() {
        if (!dockerAvailable()) {
            throw new TargetException("cannot start " + image + ": no Docker engine answers on this machine "
                    + "(Testcontainers looked at DOCKER_HOST, the Docker socket and ~/.testcontainers.properties)");
        }
        @SuppressWarnings("resource") // closed by the running target
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withExposedPorts(port)
                .withEnv(environment)
                .waitingFor(Wait.forHttp(readinessPath).forPort(port).forStatusCodeMatching(status -> status < 500)
                        .withStartupTimeout(startTimeout));
        try {
            container.start();
        } catch (RuntimeException e) {
            String logs = safeLogs(container);
            container.stop();
            throw new TargetException("the container " + image + " did not become ready on port " + port + " path "
                    + readinessPath + " within " + startTimeout.toSeconds() + " s: " + e.getMessage()
                    + (logs.isEmpty() ? "" : "; its last output:\n" + logs), e);
        }
        URI base = URI.create("http://" + container.getHost() + ":" + container.getMappedPort(port) + "/");
        return RunningTarget.of(base, container::stop);
    }

    private static String safeLogs(GenericContainer<?> container) {
        try {
            String logs = container.getLogs();
            String[] lines = logs.split("\n");
            int from = Math.max(0, lines.length - 40);
            return "  " + String.join("\n  ", java.util.Arrays.copyOfRange(lines, from, lines.length));
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Override
    public String describe() {
        return image + " (container, port " + port + ")";
    }
}
