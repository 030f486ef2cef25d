package dev.replayharness.inputs;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hides secret input values wherever a replay's results would show them: a page that echoes a typed name, a search
 * term in a URL, an error message quoting a value. Each secret is replaced, as written and as a URL would encode it,
 * by {@code [secret:FIELD]}; results (records, lists, maps of them) are copied with every text hidden, so every
 * report written from them (console, JUnit XML, Allure, HTML, JSON) is free of it by construction.
 */
public final class SecretText {

    private static final SecretText NONE = new SecretText(List.of());

    /** One way a secret may be written, and what replaces it; longest first, so no part of a longer one is left. */
    private record Hidden(String written, String replacement) {
    }

    private final List<Hidden> hidden;

    private SecretText(List<Hidden> hidden) {
        this.hidden = hidden;
    }

    /** Hides nothing. */
    public static SecretText none() {
        return NONE;
    }

    /** Hides each value of {@code byField} (field → secret value). */
    public static SecretText of(Map<String, String> byField) {
        List<Hidden> hidden = new ArrayList<>();
        byField.forEach((field, value) -> {
            if (value.isEmpty()) {
                return;
            }
            String replacement = "[secret:" + field + "]";
            Set<String> forms = new LinkedHashSet<>();
            forms.add(value);
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
            forms.add(encoded);
            forms.add(encoded.replace("+", "%20"));
            forms.forEach(form -> hidden.add(new Hidden(form, replacement)));
        });
        hidden.sort(Comparator.comparingInt((Hidden h) -> h.written().length()).reversed());
        return hidden.isEmpty() ? NONE : new SecretText(List.copyOf(hidden));
    }

    public boolean isEmpty() {
        return hidden.isEmpty();
    }

    /** {@code text} with every secret replaced; null stays null. */
    public String hide(String text) {
        if (text == null || hidden.isEmpty()) {
            return text;
        }
        String result = text;
        for (Hidden secret : hidden) {
            if (result.contains(secret.written())) {
                result = result.replace(secret.written(), secret.replacement());
            }
        }
        return result;
    }

    /**
     * A copy of {@code value} with every text in it hidden: records component by component (through their canonical
     * constructor, so they validate as ever), lists, sets, maps, optionals and URIs; other values (numbers, enums,
     * paths, times) as they are. What holds no secret is returned itself.
     */
    @SuppressWarnings("unchecked")
    public <T> T hideIn(T value) {
        return hidden.isEmpty() ? value : (T) copy(value, 0);
    }

    private Object copy(Object value, int depth) {
        if (depth > 64) {
            throw new IllegalStateException("results nested deeper than 64 levels: " + value.getClass().getName());
        }
        if (value instanceof String text) {
            return hide(text);
        }
        if (value instanceof URI uri) {
            String hiddenText = hide(uri.toString());
            return hiddenText.equals(uri.toString()) ? uri : URI.create(hiddenText.replace("[", "%5B").replace("]", "%5D"));
        }
        if (value instanceof Record record) {
            return copyRecord(record, depth);
        }
        if (value instanceof List<?> list) {
            List<Object> copied = new ArrayList<>(list.size());
            return copyInto(list, copied, depth) ? Collections.unmodifiableList(copied) : list;
        }
        if (value instanceof Set<?> set) {
            Set<Object> copied = new LinkedHashSet<>();
            return copyInto(set, copied, depth) ? Collections.unmodifiableSet(copied) : set;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copied = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = entry.getKey() == null ? null : copy(entry.getKey(), depth + 1);
                Object item = entry.getValue() == null ? null : copy(entry.getValue(), depth + 1);
                changed |= key != entry.getKey() || item != entry.getValue();
                copied.put(key, item);
            }
            return changed ? Collections.unmodifiableMap(copied) : map;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(item -> copy(item, depth + 1));
        }
        if (value instanceof Collection<?>) {
            throw new IllegalStateException("cannot hide secrets in a " + value.getClass().getName());
        }
        return value;
    }

    /** Copies every item into {@code copied}; true when any of them changed. */
    private boolean copyInto(Collection<?> items, Collection<Object> copied, int depth) {
        boolean changed = false;
        for (Object item : items) {
            Object copiedItem = item == null ? null : copy(item, depth + 1);
            changed |= copiedItem != item;
            copied.add(copiedItem);
        }
        return changed;
    }

    private Object copyRecord(Record record, int depth) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                var accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                Object before = accessor.invoke(record);
                values[i] = before == null ? null : copy(before, depth + 1);
                types[i] = components[i].getType();
                changed |= values[i] != before;
            }
            if (!changed) {
                return record;
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot hide secrets in a " + record.getClass().getSimpleName() + ": "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot hide secrets in a " + record.getClass().getSimpleName(), e);
        }
    }
}
