package dev.replayharness.containers;

import dev.replayharness.targets.RunningTarget;
import dev.replayharness.targets.TargetException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ContainerTargetTest {

    private static final String NO_DOCKER = "no Docker engine on this machine: the container target cannot be "
            + "started here (it runs where Docker does)";

    @Test
    void withoutDockerStartingFailsAtOnceWithTheReason() {
        assumeTrue(!ContainerTarget.dockerAvailable(), "a Docker engine is present: the no-Docker error cannot be shown");
        ContainerTarget target = new ContainerTarget("nginx:1.27-alpine", 80, "/", Map.of(), Duration.ofSeconds(60));
        assertThatThrownBy(target::start).isInstanceOf(TargetException.class)
                .hasMessageContaining("cannot start nginx:1.27-alpine").hasMessageContaining("no Docker engine");
    }

    @Test
    void startsAnImageAndServesItOnAMappedPort() throws Exception {
        if (!ContainerTarget.dockerAvailable()) {
            System.out.println("SKIPPED ContainerTargetTest.startsAnImageAndServesItOnAMappedPort: " + NO_DOCKER);
        }
        assumeTrue(ContainerTarget.dockerAvailable(), NO_DOCKER);
        ContainerTarget target = new ContainerTarget("nginx:1.27-alpine", 80, "/", Map.of(), Duration.ofSeconds(120));
        try (RunningTarget running = target.start()) {
            URI base = running.baseUrl();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("nginx");
        }
    }
}
