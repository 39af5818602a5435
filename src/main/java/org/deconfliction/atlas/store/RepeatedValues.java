package org.deconfliction.atlas.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Equal immutable values met while reading one set of rows, kept once: the second and later equal value read is
 * replaced by the first, and a text column holding an encoded value (a JSON list) is decoded only the first time
 * that text is met. Incidents repeat most of their values (places, actors, sources, casualty figures, dates,
 * precisions), so a million read incidents hold a few thousand distinct ones of each instead of a million. Safe
 * for several reading threads at once; held only for the read, so what it holds is bounded by the rows read.
 */
final class RepeatedValues {

    private final Map<Object, Object> held = new ConcurrentHashMap<>();
    private final Map<Decoded, Object> decoded = new ConcurrentHashMap<>();

    /** A text and what it was read with: a decoder, or the class of the value it was read as. */
    private record Decoded(Object kind, String text) {
    }

    /** The first value read that equals this one (this one when it is the first); null stays null. */
    @SuppressWarnings("unchecked")
    <T> T shared(T value) {
        if (value == null) {
            return null;
        }
        Object first = held.get(value);
        if (first == null) {
            first = held.putIfAbsent(value, value);
        }
        return first == null ? value : (T) first;
    }

    /**
     * The value this text decodes to, decoded once per distinct text and decoder (the decoder must always give
     * equal values for equal texts, and immutable ones); null text stays null. What the decoder throws reaches the
     * caller.
     */
    @SuppressWarnings("unchecked")
    <T> T decoded(String text, Function<String, T> decoder) {
        if (text == null) {
            return null;
        }
        Decoded key = new Decoded(decoder, text);
        Object value = decoded.get(key);
        if (value == null) {
            value = shared(decoder.apply(text));
            decoded.putIfAbsent(key, value);
        }
        return (T) value;
    }

    /** The value of this class read before from this text (see {@link #remember}); null when none was. */
    <T> T known(String text, Class<T> type) {
        return text == null ? null : type.cast(decoded.get(new Decoded(type, text)));
    }

    /** Keeps the value as what this text reads as, for {@link #known}; returns the value. */
    <T> T remember(String text, T value) {
        if (text != null && value != null) {
            decoded.putIfAbsent(new Decoded(value.getClass(), text), value);
        }
        return value;
    }

    /** How many distinct values are held. */
    int size() {
        return held.size();
    }
}
