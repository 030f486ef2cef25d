package dev.replayharness.capture;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward mode against a stand-in PostHog on loopback: requests reach it unchanged and the SDK gets its answers;
 * with it gone, our copy still lands and the SDK gets an answer it accepts.
 */
class ForwardModeTest {

    @TempDir
    Path folder;

    /** What the stand-in PostHog received: path and query, and the body. */
    private record Received(String pathAndQuery, byte[] body) {
    }

    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpServer posthog() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new Received(exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query), body));
            byte[] answer = "{\"status\":1,\"from\":\"posthog\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    private HttpResponse<String> post(CaptureServer capture, String path, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(capture.baseUrl() + path))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRequestReachesPosthogUnchangedAndWithPosthogGoneOurCopyStillLands() throws Exception {
        List<byte[]> bodies = RecordedBodies.of("shop-add-to-cart");
        HttpServer posthog = posthog();
        URI upstream = URI.create("http://127.0.0.1:" + posthog.getAddress().getPort());
        try (CaptureServer capture = CaptureServer.start(CaptureSettings.defaults(folder).forwardingTo(upstream),
                line -> { })) {
            HttpResponse<String> first = post(capture, "/s/?retry_count=1", bodies.get(0));
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).as("the SDK gets PostHog's answer").contains("\"from\":\"posthog\"");
            assertThat(received).singleElement().satisfies(request -> {
                assertThat(request.pathAndQuery()).isEqualTo("/s/?retry_count=1");
                assertThat(Arrays.equals(request.body(), bodies.get(0))).as("the body unchanged").isTrue();
            });

            posthog.stop(0);
            HttpResponse<String> second = post(capture, "/s/", bodies.get(1));
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).as("our own answer, which posthog-js accepts").isEqualTo("{\"status\":1}");
            assertThat(capture.counts().unreachable()).isEqualTo(1);
            assertThat(capture.counts().accepted()).as("both bodies' events are ours").isPositive();
            assertThat(capture.flush()).hasSize(1);
        }
        assertThat(received).hasSize(1);
    }
}
