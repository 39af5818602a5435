package org.deconfliction.atlas.store;

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
        for (E value : values) {
            if (code.apply(value).equals(stored)) {
                return value;
            }
        }
        throw new IllegalStateException("the store holds the unknown code '" + stored + "'");
    }
}
