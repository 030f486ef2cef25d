package dev.replayharness.targets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaticDirTargetTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(URI url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesIndexesAndTheSpaFallbackButNothingOutside() throws Exception {
        Path build = Files.createDirectories(dir.resolve("build/assets"));
        Files.writeString(build.getParent().resolve("index.html"), "<h1>app</h1>");
        Files.writeString(build.resolve("app.js"), "console.log(1)");
        Files.writeString(dir.resolve("secret.txt"), "outside");
        try (RunningTarget running = new StaticDirTarget(dir.resolve("build"), true).start()) {
            URI base = running.baseUrl();
            assertThat(base.getHost()).isEqualTo("127.0.0.1");
            assertThat(get(base).body()).isEqualTo("<h1>app</h1>");
            HttpResponse<String> script = get(base.resolve("assets/app.js"));
            assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/javascript"));
            assertThat(get(base.resolve("products/copper-kettle")).body()).as("SPA route").isEqualTo("<h1>app</h1>");
            assertThat(get(base.resolve("assets/missing.js")).statusCode()).isEqualTo(404);
            // A raw request line, as HttpClient normalizes dot segments away.
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.getOutputStream().write("GET /../secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).startsWith("HTTP/1.1 404").doesNotContain("outside");
            }
            assertThat(get(base.resolve("%2e%2e/secret.txt")).body()).doesNotContain("outside");
        }
    }

    @Test
    void aMissingFolderIsAClearError() {
        assertThatThrownBy(() -> new StaticDirTarget(dir.resolve("nope"), false).start())
                .isInstanceOf(TargetException.class).hasMessageContaining("nope").hasMessageContaining("does not exist");
    }

    @Test
    void aCommandThatNeverBecomesReadyFailsWithTheTailOfItsOutput() {
        CommandTarget target = new CommandTarget(List.of("sh", "-c", "echo warming up on {port}; sleep 30"), null,
                "http://127.0.0.1:{port}/", null, Duration.ofSeconds(2));
        assertThatThrownBy(target::start).isInstanceOf(TargetException.class)
                .hasMessageContaining("did not make http://127.0.0.1:")
                .hasMessageContaining("within 2 s")
                .hasMessageContaining("warming up on");
    }

    @Test
    void aCommandThatExitsFailsAtOnceWithItsStatus() {
        CommandTarget target = new CommandTarget(List.of("sh", "-c", "echo bad config >&2; exit 3"), null,
                "http://127.0.0.1:{port}/", null, Duration.ofSeconds(20));
        assertThatThrownBy(target::start).isInstanceOf(TargetException.class)
                .hasMessageContaining("exited with status 3").hasMessageContaining("bad config");
    }

    @Test
    void aCommandTargetServesUntilClosedAndLeavesNoProcess() throws Exception {
        String server = "require('http').createServer((q, s) => s.end('up')).listen(Number(process.argv[1]), '127.0.0.1')";
        CommandTarget target = new CommandTarget(List.of("node", "-e", server, "{port}"), null,
                "http://127.0.0.1:{port}/", null, Duration.ofSeconds(20));
        URI base;
        try (RunningTarget running = target.start()) {
            base = running.baseUrl();
            assertThat(get(base).body()).isEqualTo("up");
        }
        assertThatThrownBy(() -> HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                .send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }
}
