package org.deconfliction.atlas.geodata;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up stopped by invalid geodata into a short report naming the file, the feature and the problem,
 * instead of a wall of bean-creation errors.
 */
class GeodataFailureAnalyzer extends AbstractFailureAnalyzer<GeodataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GeodataException cause) {
        String where = cause.featureId() == null
                ? "File: " + cause.file()
                : "File: " + cause.file() + "\nFeature: " + cause.featureId();
        return new FailureAnalysis(
                "The geodata is not valid, so the atlas did not start.\n\n" + where + "\nProblem: " + cause.problem(),
                "Correct the file (see geodata/README.md for the format) or point atlas.geodata.location at a valid folder.",
                cause);
    }
}
