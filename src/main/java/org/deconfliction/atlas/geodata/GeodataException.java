package org.deconfliction.atlas.geodata;

/**
 * Geodata that cannot be used, with the place of the problem: the file, the feature (null when the problem is
 * with the file as a whole) and what is wrong.
 */
public class GeodataException extends RuntimeException {

    private final String file;
    private final String featureId;
    private final String problem;

    public GeodataException(String file, String featureId, String problem) {
        this(file, featureId, problem, null);
    }

    public GeodataException(String file, String featureId, String problem, Throwable cause) {
        super(describe(file, featureId, problem), cause);
        this.file = file;
        this.featureId = featureId;
        this.problem = problem;
    }

    private static String describe(String file, String featureId, String problem) {
        return featureId == null ? file + ": " + problem : file + ", feature '" + featureId + "': " + problem;
    }

    /** The file's name, e.g. {@code sites.geojson}. */
    public String file() {
        return file;
    }

    /** The id of the feature at fault, or the feature's position when it has no usable id; null for the whole file. */
    public String featureId() {
        return featureId;
    }

    /** What is wrong, in a sentence. */
    public String problem() {
        return problem;
    }
}
