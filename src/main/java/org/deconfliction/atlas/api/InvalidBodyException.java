package org.deconfliction.atlas.api;

/** A write's body that is not a Feature the API can read; {@code field} names the member at fault. */
final class InvalidBodyException extends RuntimeException {

    private final String field;

    InvalidBodyException(String field, String problem) {
        super("field '" + field + "' " + problem);
        this.field = field;
    }

    String field() {
        return field;
    }
}
