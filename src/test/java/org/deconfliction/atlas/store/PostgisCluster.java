package org.deconfliction.atlas.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throwaway PostgreSQL cluster with PostGIS, started by the tests themselves from the installed binaries: initdb
 * into {@code target/postgis/run-<jvm pid>} (as the {@code postgres} user when the tests run as root, since initdb
 * refuses root), a free loopback port, stopped by a JVM shutdown hook. One cluster serves every test class of a run;
 * each caller gets its own database with PostGIS created ({@link #newDatabase()}). Where PostgreSQL or PostGIS is
 * missing the tests are skipped with how to install it, unless the environment variable {@code CI} is {@code true}:
 * then they fail.
 */
public final class PostgisCluster {

    public static final String SUPERUSER = "postgres";
    private static final String TEMPLATE = "atlas_template";
    private static PostgisCluster shared;
    private static String unavailable;

    private final PostgisInstallation installation;
    private final Path folder;
    private final Path data;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();
    private int port;
    private long pid;

    private PostgisCluster(PostgisInstallation installation, Path folder) {
        this.installation = installation;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /**
     * The run's cluster, started on first use.
     *
     * @throws TestAbortedException where PostgreSQL or PostGIS is not installed and {@code CI} is not {@code true}
     * @throws IllegalStateException where it is missing on CI, or the cluster does not start
     */
    public static synchronized PostgisCluster shared() {
        if (shared != null) {
            return shared;
        }
        if (unavailable == null) {
            StringBuilder why = new StringBuilder();
            PostgisInstallation.find(why).ifPresentOrElse(installation -> {
                PostgisCluster cluster = new PostgisCluster(installation, clusterFolder());
                cluster.start();
                shared = cluster;
            }, () -> unavailable = why + "; " + PostgisInstallation.HOW_TO_INSTALL);
            if (shared != null) {
                return shared;
            }
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(unavailable + ". CI=true: the PostGIS tests must run, not be skipped.");
        }
        throw new TestAbortedException(unavailable);
    }

    /**
     * Points a Spring test context at the PostGIS store on a database of its own in the shared cluster, as the
     * superuser with a small pool; the database is made when Spring first asks for its URL, so a context that is
     * never started (the tests skipped) makes none.
     */
    public static void storeOnOwnDatabase(DynamicPropertyRegistry properties) {
        String[] url = new String[1];
        properties.add("atlas.store", () -> "postgis");
        properties.add("spring.datasource.url", () -> {
            synchronized (url) {
                if (url[0] == null) {
                    url[0] = shared().newDatabase();
                }
                return url[0];
            }
        });
        properties.add("spring.datasource.username", () -> SUPERUSER);
        properties.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
    }

    /** A new, empty database with the PostGIS extension; its JDBC URL. */
    public String newDatabase() {
        String name = "atlas_" + databases.incrementAndGet();
        execute("postgres", "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return jdbcUrl(name);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    /** Runs statements in a database as the superuser. */
    void execute(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test cluster on port " + port + ", database " + database + ": " + e.getMessage(), e);
        }
    }

    private void start() {
        try {
            removeStaleClusters(folder.getParent());
            Files.createDirectories(data);
            if (asPostgresUser) {
                ownByPostgres(folder);
                ownByPostgres(data);
            }
            run(List.of(installation.tool("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-A", "trust",
                    "-E", "UTF8", "--no-locale", "--no-sync"));
            for (int attempt = 1; ; attempt++) {
                port = freePort();
                Files.writeString(data.resolve("postgresql.auto.conf"), settings(port));
                try {
                    run(List.of(installation.tool("pg_ctl").toString(), "-D", data.toString(), "-l",
                            folder.resolve("server.log").toString(), "-w", "-t", "60", "start"));
                    break;
                } catch (IllegalStateException e) {
                    if (attempt == 3) {
                        throw e;
                    }
                }
            }
            pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
            Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "postgis-test-cluster-stop"));
            execute("postgres", "CREATE DATABASE " + TEMPLATE);
            execute(TEMPLATE, "CREATE EXTENSION postgis");
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the PostGIS test cluster in " + folder, e);
        }
    }

    private String settings(int port) {
        // The socket goes into the cluster's own folder (Unix socket paths are limited to about 100 bytes).
        String socket = folder.toAbsolutePath().toString();
        return "listen_addresses = '127.0.0.1'\nport = " + port + "\nunix_socket_directories = '"
                + (socket.length() < 90 ? socket : "") + "'\nmax_connections = 300\nfsync = off\n"
                + "synchronous_commit = off\nfull_page_writes = off\n";
    }

    /** Stops the postmaster by its pid (fast shutdown, then immediate) and deletes the data folder. */
    void stop() {
        ProcessHandle.of(pid).ifPresent(postmaster -> {
            signal("INT", pid);
            try {
                postmaster.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                signal("QUIT", pid);
            }
        });
        deleteTree(data);
    }

    /** Folders of earlier runs whose JVM is gone (killed): their postmaster is stopped and the folder deleted. */
    private static void removeStaleClusters(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> runs = Files.list(root)) {
            for (Path run : runs.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
                long jvm = Long.parseLong(run.getFileName().toString().substring(4));
                if (ProcessHandle.of(jvm).isPresent()) {
                    continue;
                }
                Path pidFile = run.resolve("data").resolve("postmaster.pid");
                if (Files.isRegularFile(pidFile)) {
                    signal("QUIT", Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
                }
                deleteTree(run);
            }
        }
    }

    private static Path clusterFolder() {
        Path root = Path.of("target", "postgis").toAbsolutePath();
        if ("root".equals(System.getProperty("user.name")) && !othersCanEnter(root.getParent())) {
            root = Path.of(System.getProperty("java.io.tmpdir"), "atlas-postgis");
        }
        return root.resolve("run-" + ProcessHandle.current().pid());
    }

    /** Whether the postgres user can reach a folder: every existing ancestor is open to others. */
    private static boolean othersCanEnter(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    private static void ownByPostgres(Path path) throws IOException {
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(path, users.lookupPrincipalByName("postgres"));
    }

    private void run(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("PostGIS test cluster: `" + String.join(" ", full) + "` failed:\n"
                        + output + logTail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PostGIS test cluster: could not run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + full, e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("server.log"));
            return "\nserver.log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void signal(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // the process is gone or cannot be signalled: nothing more to do at shutdown
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover folder under target/ is removed by the next run or `mvn clean`
        }
    }
}
