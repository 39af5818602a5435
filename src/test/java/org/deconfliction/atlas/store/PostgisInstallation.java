package org.deconfliction.atlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries and PostGIS extension installed on this machine, for the throwaway test cluster. Looks in
 * {@code ATLAS_POSTGRES_BIN} when set, otherwise in the newest {@code /usr/lib/postgresql/<version>/bin} (Debian's
 * layout), otherwise on the {@code PATH}; PostGIS counts as installed when its extension control file is in the
 * server's share folder.
 */
record PostgisInstallation(Path bin) {

    static final String HOW_TO_INSTALL = "install PostgreSQL and PostGIS (Debian/Ubuntu: "
            + "`apt-get install postgresql postgis`) to run the PostGIS tests";

    /** This machine's installation, or empty with the reason in {@code why}. */
    static Optional<PostgisInstallation> find(StringBuilder why) {
        Optional<Path> bin = candidateBin();
        if (bin.isEmpty()) {
            why.append("PostgreSQL is not installed (no initdb in $ATLAS_POSTGRES_BIN, /usr/lib/postgresql/*/bin or on PATH)");
            return Optional.empty();
        }
        PostgisInstallation installation = new PostgisInstallation(bin.get());
        Path control = installation.shareFolder().resolve("extension").resolve("postgis.control");
        if (!Files.isRegularFile(control)) {
            why.append("PostgreSQL is installed in ").append(bin.get()).append(" but PostGIS is not (no ")
                    .append(control).append(')');
            return Optional.empty();
        }
        return Optional.of(installation);
    }

    Path tool(String name) {
        return bin.resolve(name);
    }

    /** The server's share folder as {@code pg_config --sharedir} reports it (Debian: /usr/share/postgresql/15). */
    Path shareFolder() {
        try {
            Process process = new ProcessBuilder(tool("pg_config").toString(), "--sharedir").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            if (process.waitFor() == 0 && !out.isEmpty()) {
                return Path.of(out);
            }
        } catch (IOException e) {
            // fall through to the Debian layout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Path.of("/usr/share/postgresql").resolve(bin.getParent().getFileName());
    }

    private static Optional<Path> candidateBin() {
        String configured = System.getenv("ATLAS_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return hasInitdb(Path.of(configured)) ? Optional.of(Path.of(configured)) : Optional.empty();
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(PostgisInstallation::hasInitdb)
                        .max(Comparator.comparingInt(PostgisInstallation::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).filter(PostgisInstallation::hasInitdb).findFirst();
    }

    private static boolean hasInitdb(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
