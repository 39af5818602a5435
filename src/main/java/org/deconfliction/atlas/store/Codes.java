package org.deconfliction.atlas.store;

import java.util.Arrays;
import java.util.function.Function;

/** Enum values back from the codes they are stored as. */
final class Codes {

    private Codes() {
    }

    /** The value with the given code; null for null. */
    static <E> E of(E[] values, Function<E, String> code, String stored) {
        if (stored == null) {
            return null;
        }
        return Arrays.stream(values).filter(value -> code.apply(value).equals(stored)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the store holds the unknown code '" + stored + "'"));
    }
}
