package org.deconfliction.atlas.store;

/**
 * Why the store cannot be opened, so that start-up stops with a short report (see {@link StoreFailureAnalyzer}):
 * which problem it is, the details (a folder, a database URL, schema versions) and what to do about it.
 */
public class StoreStartupException extends RuntimeException {

    /** The problems that stop start-up. */
    public enum Problem {
        /** The data folder cannot be created, read or written. */
        DATA_FOLDER_UNUSABLE("The data folder of the embedded store cannot be used"),
        /** The database holds migrations this version of the application does not have. */
        SCHEMA_TOO_NEW("The store's schema is newer than this version of the atlas knows"),
        /** The shared database is not configured, cannot be reached, or refuses the login (PostGIS). */
        DATABASE_UNREACHABLE("The store's database cannot be reached"),
        /** {@code atlas.store} names no store the application has. */
        UNKNOWN_STORE("atlas.store names no known store");

        private final String headline;

        Problem(String headline) {
            this.headline = headline;
        }

        /** The problem in a sentence, without details. */
        public String headline() {
            return headline;
        }
    }

    private final Problem problem;
    private final String details;
    private final String action;

    /**
     * @param problem which problem it is
     * @param details what exactly was found, naming the folder, URL or versions
     * @param action  what the user can do about it
     */
    public StoreStartupException(Problem problem, String details, String action, Throwable cause) {
        super(problem.headline() + ": " + details, cause);
        this.problem = problem;
        this.details = details;
        this.action = action;
    }

    public Problem problem() {
        return problem;
    }

    public String details() {
        return details;
    }

    public String action() {
        return action;
    }
}
