package org.deconfliction.atlas.api;

/** A query parameter that cannot be used, with its name and what is wrong with it; answered with HTTP 400. */
class InvalidParameterException extends RuntimeException {

    private final String parameter;

    InvalidParameterException(String parameter, String problem) {
        super(problem);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
