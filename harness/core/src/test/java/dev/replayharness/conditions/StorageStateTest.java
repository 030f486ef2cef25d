package dev.replayharness.conditions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorageStateTest {

    @TempDir
    Path dir;

    private static final String STATE = """
            {"cookies": [
               {"name": "sid", "value": "abc", "domain": "app.shop.example", "path": "/", "expires": -1,
                "httpOnly": true, "secure": true, "sameSite": "None"},
               {"name": "pref", "value": "dark", "domain": ".shop.example", "path": "/", "expires": -1,
                "httpOnly": false, "secure": false, "sameSite": "Lax"},
               {"name": "sso", "value": "x", "domain": "login.identity.example", "path": "/", "expires": -1,
                "httpOnly": true, "secure": true, "sameSite": "None"}],
             "origins": [
               {"origin": "https://app.shop.example", "localStorage": [{"name": "token", "value": "t-1"}]},
               {"origin": "https://app.shop.example:8443", "localStorage": []},
               {"origin": "https://login.identity.example", "localStorage": []}]}""";

    private JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    @Test
    void theRecordedSitesCookiesAndStorageMoveOntoThePlainHttpTargetAndBack() throws Exception {
        Path file = Files.writeString(dir.resolve("state.json"), STATE);
        Path work = Files.createDirectory(dir.resolve("work"));

        Path replay = StorageState.forReplay(file, "https://app.shop.example", "http://127.0.0.1:4100", work);

        JsonNode moved = json(replay);
        JsonNode sid = moved.path("cookies").get(0);
        assertThat(sid.path("domain").asText()).isEqualTo("127.0.0.1");
        assertThat(sid.path("secure").asBoolean()).as("never sent over plain HTTP otherwise").isFalse();
        assertThat(sid.path("sameSite").asText()).as("None needs Secure").isEqualTo("Lax");
        assertThat(moved.path("cookies").get(1).path("domain").asText()).as("a parent domain's cookie")
                .isEqualTo("127.0.0.1");
        assertThat(moved.path("cookies").get(2).path("domain").asText()).as("another site's stays")
                .isEqualTo("login.identity.example");
        assertThat(moved.path("origins").get(0).path("origin").asText()).isEqualTo("http://127.0.0.1:4100");
        assertThat(moved.path("origins").get(1).path("origin").asText()).as("the same site on another port")
                .isEqualTo("http://127.0.0.1:4100");
        assertThat(moved.path("origins").get(2).path("origin").asText()).isEqualTo("https://login.identity.example");
        assertThat(json(file)).as("the given file is left as it is").isEqualTo(new ObjectMapper().readTree(STATE));

        StorageState.keepOnRecordedOrigin(replay, "http://127.0.0.1:4100", "https://app.shop.example");
        JsonNode back = json(replay);
        assertThat(back.path("cookies").get(0).path("domain").asText()).isEqualTo("app.shop.example");
        assertThat(back.path("origins").get(0).path("origin").asText()).isEqualTo("https://app.shop.example");
    }

    @Test
    void aFileThatIsNoStorageStateIsNamedWithThePlaceAndWhatWasExpected() throws Exception {
        assertThatThrownBy(() -> StorageState.read(dir.resolve("absent.json")))
                .hasMessageContaining("no storage-state file").hasMessageContaining("absent.json")
                .hasMessageContaining("--save-storage-state");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"cookies\": [\n  {\"name\": }");
        assertThatThrownBy(() -> StorageState.read(broken)).hasMessageContaining("broken.json line 2 column")
                .hasMessageContaining("not JSON");
        Path other = Files.writeString(dir.resolve("other.json"), "[1, 2]");
        assertThatThrownBy(() -> StorageState.read(other)).hasMessageContaining("other.json: not a storage state")
                .hasMessageContaining("\"cookies\"");
    }
}
