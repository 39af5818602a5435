package org.deconfliction.atlas.api;

import java.util.List;

/**
 * A query parameter that cannot be used, or parameters that cannot be used together, with their names and what is
 * wrong; answered with HTTP 400.
 */
class InvalidParameterException extends RuntimeException {

    private final List<String> parameters;

    InvalidParameterException(String parameter, String problem) {
        this(List.of(parameter), problem);
    }

    /** Parameters that are at fault together, such as two that exclude each other; at least one. */
    InvalidParameterException(List<String> parameters, String problem) {
        super(problem);
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("name at least one parameter");
        }
        this.parameters = List.copyOf(parameters);
    }

    /** The parameter at fault; several are joined with commas. */
    String parameter() {
        return String.join(",", parameters);
    }

    /** The parameters at fault, in the order named. */
    List<String> parameters() {
        return parameters;
    }
}
