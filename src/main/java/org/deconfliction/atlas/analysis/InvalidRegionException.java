package org.deconfliction.atlas.analysis;

/** A drawn region or its WKT that cannot be used; the message names the problem in words meant for the user. */
public class InvalidRegionException extends IllegalArgumentException {

    /** A refusal with the given message. */
    public InvalidRegionException(String message) {
        super(message);
    }

    /** A refusal with the given message and the parser's exception. */
    public InvalidRegionException(String message, Throwable cause) {
        super(message, cause);
    }
}
