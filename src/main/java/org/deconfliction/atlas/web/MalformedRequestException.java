package org.deconfliction.atlas.web;

/**
 * A request refused before it reaches the application, with the HTTP status, the parameter (or header) at fault,
 * null when none is, and what is wrong in words meant for the client.
 */
final class MalformedRequestException extends RuntimeException {

    private final int status;
    private final String parameter;

    MalformedRequestException(int status, String parameter, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.parameter = parameter;
    }

    int status() {
        return status;
    }

    String parameter() {
        return parameter;
    }
}
