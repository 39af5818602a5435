package org.deconfliction.atlas.store;

import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up stopped because the PostGIS database could not be used before the store's own checks ran
 * (Flyway asks the database which it is as soon as it is configured) into the store's report for an unreachable
 * database ({@link StoreStartupException.Problem#DATABASE_UNREACHABLE}), saying which it is (no server answering,
 * login refused, no such database) and what to do. A failure the store reported itself is left to
 * {@link StoreFailureAnalyzer}.
 */
class PostgisConnectionFailureAnalyzer extends AbstractFailureAnalyzer<PSQLException> {

    private static final String EMBEDDED = " To work without a database server, start with atlas.store=embedded instead.";

    private final Environment environment;

    PostgisConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PSQLException cause) {
        if (findCause(rootFailure, StoreStartupException.class) != null) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)");
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String details = "Database: " + url;
        String action;
        if (state.startsWith("08")) {
            action = "Check that PostgreSQL is running and accepts connections at that address (host, port, "
                    + "listen_addresses, pg_hba.conf), or correct spring.datasource.url.";
        } else if (state.startsWith("28")) {
            details += "\nUser: " + environment.getProperty("spring.datasource.username", "(not set)");
            action = "The database refused the login: correct spring.datasource.username and "
                    + "spring.datasource.password, or allow that user in pg_hba.conf.";
        } else if ("3D000".equals(state)) {
            action = "The database does not exist: create it (createdb, then CREATE EXTENSION postgis in it as a "
                    + "superuser) or correct spring.datasource.url.";
        } else {
            return null;
        }
        String problem = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new FailureAnalysis(StoreStartupException.Problem.DATABASE_UNREACHABLE.headline()
                + ", so the atlas did not start.\n\n" + details + "\nProblem: " + problem, action + EMBEDDED, cause);
    }
}
