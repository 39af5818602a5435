package org.deconfliction.atlas.analysis;

import java.time.Duration;

/** An analysis that could not start within its time budget because every analysis worker was busy. */
public class AnalysisBusyException extends IllegalStateException {

    /** The refusal of an analysis that waited {@code budget} without starting. */
    public AnalysisBusyException(Duration budget) {
        super("the server is answering too many questions at once and could not start this one within "
                + AnalysisTooComplexException.seconds(budget) + "; try again in a moment");
    }
}
