package org.deconfliction.atlas.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start-up stopped by an unusable store into a short report saying which problem it is and what to do. */
class StoreFailureAnalyzer extends AbstractFailureAnalyzer<StoreStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreStartupException cause) {
        return new FailureAnalysis(
                cause.problem().headline() + ", so the atlas did not start.\n\n" + cause.details(),
                cause.action(),
                cause);
    }
}
