package dev.replayharness.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HarFilesTest {

    @TempDir
    Path dir;

    private static final String HAR = """
            {"log":{"version":"1.2","creator":{"name":"Playwright","version":"1.60"},"entries":[
              {"request":{"method":"GET","url":"http://127.0.0.1:4000/"},"response":{"status":200}},
              {"request":{"method":"GET","url":"http://127.0.0.1:4000/assets/app.js"},"response":{"status":200}},
              {"request":{"method":"GET","url":"http://127.0.0.1:4000/api/products?page=1"},"response":{"status":200}},
              {"request":{"method":"POST","url":"http://127.0.0.1:4000/api/orders",
                "postData":{"text":"{\\"password\\":\\"hunter2-x\\"}"}},"response":{"status":201}}
            ]}}""";

    @Test
    void aRecordedHarKeepsOnlyTheApiCallsMovedOntoTheRecordingsOriginAndReadsBackOntoAnotherTarget() throws Exception {
        Path har = dir.resolve("shop.har");
        Files.writeString(har, HAR);

        Set<RequestKey> apiCalls = Set.of(RequestKey.of("GET", "http://127.0.0.1:4000/api/products?page=1"),
                RequestKey.of("POST", "http://127.0.0.1:4000/api/orders"));
        int kept = HarFiles.keepApiCalls(har, apiCalls, "http://127.0.0.1:4000", "https://shop.example.com",
                text -> text.replace("hunter2-x", "[secret:password]"));

        assertThat(kept).isEqualTo(2);
        String written = Files.readString(har);
        assertThat(written).contains("https://shop.example.com/api/products?page=1", "https://shop.example.com/api/orders")
                .contains("[secret:password]").doesNotContain("app.js", "127.0.0.1", "hunter2-x");
        Path work = Files.createDirectory(dir.resolve("work"));
        Path replay = HarFiles.forReplay(har, "https://shop.example.com", "http://127.0.0.1:5000", work);
        assertThat(Files.readString(replay)).contains("http://127.0.0.1:5000/api/orders").doesNotContain("shop.example");
        assertThat(Files.readString(har)).as("the kept file is left as it is").contains("https://shop.example.com");
    }

    @Test
    void aMissingOrBrokenHarIsAnErrorNamingTheFileAndWhatToDo() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));
        assertThatThrownBy(() -> HarFiles.forReplay(dir.resolve("absent.har"), null, null, work))
                .isInstanceOf(NetworkDataException.class).hasMessageContaining("absent.har")
                .hasMessageContaining("--record-har");
        Path broken = dir.resolve("broken.har");
        Files.writeString(broken, "{\"log\":{\"entries\":[\n{\"request\":");
        assertThatThrownBy(() -> HarFiles.forReplay(broken, null, null, work))
                .isInstanceOf(NetworkDataException.class).hasMessageContaining("broken.har at line 2")
                .hasMessageContaining("not valid JSON");
        Path notHar = dir.resolve("other.har");
        Files.writeString(notHar, "[1, 2]");
        assertThatThrownBy(() -> HarFiles.forReplay(notHar, null, null, work))
                .hasMessageContaining("not a HAR file");
        Path noEntries = dir.resolve("empty.har");
        Files.writeString(noEntries, "{\"log\":{}}");
        assertThatThrownBy(() -> HarFiles.forReplay(noEntries, null, null, work))
                .hasMessageContaining("log.entries is missing");
    }
}
