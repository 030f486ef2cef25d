package dev.replayharness.event;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Field reads shared by the parsers in this package.
 *
 * <p>Optional reads are lenient: an absent field, a JSON {@code null} or a value of the wrong kind all read as
 * null / empty / false. Required reads throw {@link IllegalArgumentException} naming the field and what was found,
 * because only those fields make the value unusable.
 */
final class Json {

    private static final int EXCERPT_LENGTH = 120;

    private Json() {
    }

    /** The value of a field, or null when it is absent or JSON null (or {@code object} is not an object). */
    static JsonNode value(JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value;
    }

    /** A string field; a number or boolean reads as its text; absent, null or a container reads as null. */
    static String text(JsonNode object, String field) {
        JsonNode value = value(object, field);
        return value == null || value.isContainerNode() ? null : value.asText();
    }

    /** Any value as a string: a JSON string unquoted, anything else as its JSON text. */
    static String textOf(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }

    static Integer intOrNull(JsonNode object, String field) {
        JsonNode value = value(object, field);
        return value != null && value.isNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    static int intOr(JsonNode object, String field, int fallback) {
        Integer value = intOrNull(object, field);
        return value == null ? fallback : value;
    }

    static Double doubleOrNull(JsonNode object, String field) {
        JsonNode value = value(object, field);
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }

    static Boolean boolOrNull(JsonNode object, String field) {
        JsonNode value = value(object, field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    /** True only for a JSON {@code true}; rrweb omits its optional flags when they are false. */
    static boolean flag(JsonNode object, String field) {
        return Boolean.TRUE.equals(boolOrNull(object, field));
    }

    static int requireInt(JsonNode object, String field, String what) {
        return require(object, field, "an integer", what, v -> v.isIntegralNumber() && v.canConvertToInt()).intValue();
    }

    static double requireNumber(JsonNode object, String field, String what) {
        return require(object, field, "a number", what, JsonNode::isNumber).doubleValue();
    }

    static JsonNode requireObject(JsonNode object, String field, String what) {
        return require(object, field, "an object", what, JsonNode::isObject);
    }

    /** The field's value when {@code accepted}, else an exception such as "event needs a number field 'timestamp' but it is missing". */
    static JsonNode require(JsonNode object, String field, String expected, String what, Predicate<JsonNode> accepted) {
        JsonNode value = object == null ? null : object.get(field);
        if (value != null && accepted.test(value)) {
            return value;
        }
        String found = value == null || value.isMissingNode() ? "it is missing" : "found " + excerpt(value);
        String where = object == null || object.isMissingNode() ? "" : " in " + excerpt(object);
        throw new IllegalArgumentException(what + " needs " + expected + " field '" + field + "' but " + found + where);
    }

    /**
     * Each element of an array field parsed, skipping elements {@code parse} returns null for; absent or not an
     * array reads as an empty list. Unmodifiable.
     */
    static <T> List<T> list(JsonNode object, String field, Function<JsonNode, T> parse) {
        JsonNode array = value(object, field);
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<T> parsed = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            T value = parse.apply(element);
            if (value != null) {
                parsed.add(value);
            }
        }
        return List.copyOf(parsed);
    }

    static List<String> strings(JsonNode object, String field) {
        return list(object, field, Json::textOf);
    }

    /** A fresh map of an object field's members in document order (attribute order matters when rebuilding a DOM). */
    static Map<String, JsonNode> members(JsonNode object, String field) {
        JsonNode members = value(object, field);
        if (members == null || !members.isObject()) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> member : members.properties()) {
            copy.put(member.getKey(), member.getValue());
        }
        return copy;
    }

    /** An unmodifiable copy that keeps iteration order (unlike {@link Map#copyOf}). */
    static <V> Map<String, V> orderedCopy(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A short, single-line excerpt of a JSON value for error messages. */
    static String excerpt(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH - 3) + "...";
    }
}
