package dev.replayharness.inputs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values for a recording's masked fields, by the field's id, name, label or {@code step:N}, and the text that
 * hides the secret ones wherever a replay's results would show them.
 *
 * @param byField each field's value
 */
public record InputValues(Map<String, InputValue> byField) {

    private static final InputValues NONE = new InputValues(Map.of());

    public InputValues {
        byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(byField, "byField")));
    }

    public static InputValues none() {
        return NONE;
    }

    /** Values given as they are: none of them secret. */
    public static InputValues given(Map<String, String> values) {
        Map<String, InputValue> byField = new LinkedHashMap<>();
        values.forEach((field, value) -> byField.put(field, InputValue.given(value)));
        return new InputValues(byField);
    }

    /** The value for {@code field}, or null. */
    public String get(String field) {
        InputValue value = byField.get(field);
        return value == null ? null : value.value();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Every field's value as text (secret ones too: for typing, never for showing). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        byField.forEach((field, value) -> values.put(field, value.value()));
        return values;
    }

    /** What hides the secret values in any text or result. */
    public SecretText secrets() {
        return SecretText.of(byField.entrySet().stream().filter(entry -> entry.getValue().secret())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().value(),
                        (a, b) -> a, LinkedHashMap::new)));
    }

    @Override
    public String toString() {
        // Never the values: an options record printed in a log must not carry a secret.
        return "InputValues" + byField.keySet();
    }
}
