package dev.replayharness.inputs;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One value for a masked field, and where it came from. A value read from the environment or a file is a secret:
 * it is typed into the page and shown nowhere.
 *
 * @param value  the text to type or the option to choose
 * @param origin where it came from
 */
public record InputValue(String value, Origin origin) {

    /** The longest file a {@code file:} reference may name: a password or a token, not a document. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    /** Where a value came from. */
    public enum Origin {
        /** written out where it was given ({@code --input email=ann@example.com}) */
        GIVEN,
        /** {@code env:NAME}: the environment variable's value */
        ENVIRONMENT,
        /** {@code file:PATH}: the file's text, without its final line break */
        FILE
    }

    public InputValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }

    /** A value given as it is. */
    public static InputValue given(String value) {
        return new InputValue(value, Origin.GIVEN);
    }

    /** Read from the environment or a file, and so never shown. */
    public boolean secret() {
        return origin != Origin.GIVEN;
    }

    /**
     * A value as a front door takes it: {@code env:NAME}, {@code file:PATH} (relative to {@code base}), or the text
     * itself.
     *
     * @param environment the environment's variables by name ({@code System::getenv})
     * @throws IllegalArgumentException naming the variable or file that cannot be read, never a value
     */
    public static InputValue parse(String text, Path base, UnaryOperator<String> environment) {
        if (text.startsWith("env:")) {
            String name = text.substring("env:".length()).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("env: needs the name of an environment variable (env:CRM_PASSWORD)");
            }
            String value = environment.apply(name);
            if (value == null) {
                throw new IllegalArgumentException("the environment variable " + name + " is not set: set it in the "
                        + "environment the run starts in (a CI secret), or give the value another way");
            }
            return new InputValue(value, Origin.ENVIRONMENT);
        }
        if (text.startsWith("file:")) {
            String given = text.substring("file:".length()).strip();
            if (given.isEmpty()) {
                throw new IllegalArgumentException("file: needs a path (file:/run/secrets/token)");
            }
            return new InputValue(read(base.resolve(given).normalize()), Origin.FILE);
        }
        return given(text);
    }

    @Override
    public String toString() {
        return secret() ? "InputValue[secret, from " + origin + "]" : "InputValue[" + value + "]";
    }

    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no file " + file + " to read the value from");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException(file + " holds " + Files.size(file) + " bytes; a value file holds at "
                        + "most " + MAX_FILE_BYTES + " (one password or token)");
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            // Secret files are written with a final line break (echo, Kubernetes secrets): it is not part of the value.
            return text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
