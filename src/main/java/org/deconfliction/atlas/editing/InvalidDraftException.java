package org.deconfliction.atlas.editing;

/**
 * A draft that breaks the rules of the geodata files. {@link #field()} is the path of the field at fault in the
 * GeoJSON form ({@code title}, {@code date.end}, {@code casualties.sideA.killed}, {@code sources[0].seed}), or null
 * when the problem is with the incident as a whole; {@link #problem()} says what is wrong, naming the field as the
 * file reader does.
 */
public class InvalidDraftException extends RuntimeException {

    private final String field;
    private final String problem;

    InvalidDraftException(String field, String problem) {
        super(problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
