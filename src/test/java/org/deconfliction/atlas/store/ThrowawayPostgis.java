package org.deconfliction.atlas.store;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Starts the run's {@link PostgisCluster} before a test class, or skips the class, saying how to install PostgreSQL
 * and PostGIS (fails it when {@code CI=true}). A condition, so it is decided before Spring loads a context: a missing
 * PostgreSQL is a reported skip, not a context that fails to load.
 */
public final class ThrowawayPostgis implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try {
            PostgisCluster.shared();
            return ConditionEvaluationResult.enabled("PostGIS test cluster running");
        } catch (TestAbortedException e) {
            System.err.println("SKIPPED " + context.getDisplayName() + ": " + e.getMessage());
            return ConditionEvaluationResult.disabled(e.getMessage());
        }
    }
}
