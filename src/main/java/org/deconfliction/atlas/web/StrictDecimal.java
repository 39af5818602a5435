package org.deconfliction.atlas.web;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The one rule for numbers typed by users, in links, forms and API parameters: a plain decimal with ASCII digits, an
 * optional sign, fraction and exponent ({@code 35}, {@code -0.5}, {@code .5}, {@code 1e3}). Refused: hexadecimal
 * ({@code 0x1p3}), type suffixes ({@code 1d}, {@code 2f}), {@code NaN} and {@code Infinity}, other scripts' digits
 * ({@code ٥}, {@code ５}), surrounding spaces, and values too large to be finite.
 */
public final class StrictDecimal {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");

    private StrictDecimal() {
    }

    /** The number the text spells, empty when it is not a plain finite decimal (or is null). */
    public static OptionalDouble decimal(String text) {
        if (text == null || text.length() > 64 || !DECIMAL.matcher(text).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The whole number the text spells (ASCII digits, optional sign, at most 18 digits), empty otherwise. */
    public static OptionalLong whole(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    /** Whether the text is a plain decimal as {@link #decimal} reads it. */
    public static boolean isDecimal(String text) {
        return decimal(text).isPresent();
    }
}
