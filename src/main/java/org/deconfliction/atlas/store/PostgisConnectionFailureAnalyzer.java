package org.deconfliction.atlas.store;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a start-up stopped because the PostGIS database could not be used (not reachable, login refused, no such
 * database) into a short report saying which and what to do, instead of a wall of connection-pool errors.
 */
class PostgisConnectionFailureAnalyzer extends AbstractFailureAnalyzer<PSQLException> {

    private final Environment environment;

    PostgisConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PSQLException cause) {
        String url = environment.getProperty("spring.datasource.url", "(spring.datasource.url is not set)");
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String settings = "spring.datasource.url, spring.datasource.username and spring.datasource.password";
        String embedded = " To work without a database server, start with atlas.store=embedded instead.";
        if (state.startsWith("08")) {
            return new FailureAnalysis(
                    "The PostGIS database could not be reached, so the atlas did not start.\n\nDatabase: " + url
                            + "\nProblem: " + message(cause),
                    "Check that PostgreSQL is running and accepts connections at that address (host, port, "
                            + "listen_addresses, pg_hba.conf), or correct " + settings + "." + embedded,
                    cause);
        }
        if (state.startsWith("28")) {
            return new FailureAnalysis(
                    "The PostGIS database refused the login, so the atlas did not start.\n\nDatabase: " + url
                            + "\nUser: " + environment.getProperty("spring.datasource.username", "(not set)")
                            + "\nProblem: " + message(cause),
                    "Correct spring.datasource.username and spring.datasource.password, or allow that user in "
                            + "pg_hba.conf." + embedded,
                    cause);
        }
        if ("3D000".equals(state)) {
            return new FailureAnalysis(
                    "The PostGIS database does not exist, so the atlas did not start.\n\nDatabase: " + url
                            + "\nProblem: " + message(cause),
                    "Create it (createdb, then CREATE EXTENSION postgis in it as a superuser) or correct "
                            + "spring.datasource.url." + embedded,
                    cause);
        }
        return null;
    }

    private static String message(SQLException cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
