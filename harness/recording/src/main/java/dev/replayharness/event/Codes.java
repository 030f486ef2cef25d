package dev.replayharness.event;

import java.util.Optional;
import java.util.function.ToIntFunction;

/** Code-to-constant lookup shared by the rrweb enums. */
final class Codes {

    private Codes() {
    }

    static <E> Optional<E> find(E[] values, ToIntFunction<E> codeOf, int code) {
        for (E value : values) {
            if (codeOf.applyAsInt(value) == code) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
