package org.deconfliction.atlas.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.deconfliction.atlas.Application;

/**
 * The atlas started as its own JVM process on a free loopback port, with its data in a given folder, the way an
 * operator runs it: what it prints goes to {@code atlas.log} in that folder for the test to read; {@link #close()}
 * kills it if it still runs.
 */
final class AtlasProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;
    final String base;

    private AtlasProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts the atlas in production mode with a heap of {@code heapMb} MB and the given extra settings. */
    static AtlasProcess start(Path dataFolder, int heapMb, String... settings) throws IOException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heapMb + "m",
                "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--vaadin.productionMode=true",
                "--atlas.data.folder=" + dataFolder, "--atlas.stories.folder=" + dataFolder.resolve("stories"),
                "--atlas.admin.password=process-test-admin-1"));
        command.addAll(List.of(settings));
        Path log = dataFolder.resolve("atlas.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AtlasProcess(process, log, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the API answers 200, at most {@code limit}; false when the process ended or the time ran out. */
    boolean awaitReady(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/collections")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    Process process() {
        return process;
    }

    /** What the process has printed so far (its log, both streams), from the file it writes to. */
    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
