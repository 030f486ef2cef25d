package dev.replayharness.inputs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputValueTest {

    @TempDir
    Path dir;

    private static final Map<String, String> ENVIRONMENT = Map.of("CRM_PASSWORD", "s3cret-Pa55");

    private InputValue parse(String text) {
        return InputValue.parse(text, dir, ENVIRONMENT::get);
    }

    @Test
    void aValueIsGivenAsItIsOrReadFromTheEnvironmentOrAFileAndThenIsSecret() throws Exception {
        Files.writeString(dir.resolve("token"), "tok-123\n");

        assertThat(parse("ann@example.com")).isEqualTo(new InputValue("ann@example.com", InputValue.Origin.GIVEN));
        assertThat(parse("ann@example.com").secret()).isFalse();
        assertThat(parse("env:CRM_PASSWORD")).isEqualTo(new InputValue("s3cret-Pa55", InputValue.Origin.ENVIRONMENT));
        assertThat(parse("file:token")).as("relative to the base, the final line break dropped")
                .isEqualTo(new InputValue("tok-123", InputValue.Origin.FILE));
        assertThat(parse("file:" + dir.resolve("token")).secret()).isTrue();
        assertThat(parse("env:CRM_PASSWORD").toString()).doesNotContain("s3cret").contains("ENVIRONMENT");
    }

    @Test
    void aReferenceThatCannotBeReadNamesTheVariableOrFileAndNeverAValue() throws Exception {
        Files.write(dir.resolve("big"), new byte[(int) InputValue.MAX_FILE_BYTES + 1]);
        Files.write(dir.resolve("latin1"), new byte[] {'p', (byte) 0xe9});

        assertThatThrownBy(() -> parse("env:MISSING")).hasMessageContaining("environment variable MISSING is not set");
        assertThatThrownBy(() -> parse("env:")).hasMessageContaining("needs the name");
        assertThatThrownBy(() -> parse("file:absent.txt")).hasMessageContaining("absent.txt");
        assertThatThrownBy(() -> parse("file:big")).hasMessageContaining("at most 65536");
        assertThatThrownBy(() -> parse("file:latin1")).hasMessageContaining("not UTF-8");
    }

    @Test
    void inputValuesTellTheirSecretsAndNeverPrintThem() {
        InputValues values = new InputValues(Map.of("password", parse("env:CRM_PASSWORD"), "email",
                InputValue.given("ann@example.com")));

        assertThat(values.get("password")).isEqualTo("s3cret-Pa55");
        assertThat(values.has("email")).isTrue();
        assertThat(values.toString()).doesNotContain("s3cret", "ann@");
        assertThat(values.secrets().hide("login as ann@example.com with s3cret-Pa55"))
                .isEqualTo("login as ann@example.com with [secret:password]");
        assertThat(InputValues.given(Map.of("q", "x")).secrets().isEmpty()).isTrue();
    }
}
