package org.deconfliction.atlas.link;

/** A state that was not kept as a link, with a message for the user saying why and what to do instead. */
public class LinkRefusedException extends RuntimeException {

    LinkRefusedException(String message) {
        super(message);
    }
}
