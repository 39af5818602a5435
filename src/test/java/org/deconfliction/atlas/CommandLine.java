package org.deconfliction.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the machine's own tools (GDAL's ogrinfo and ogr2ogr) as real clients of what the atlas writes and serves. */
public final class CommandLine {

    private CommandLine() {
    }

    /** Whether the tool is on the PATH and answers {@code --version}. */
    public static boolean installed(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs the command and returns what it printed (both streams); fails the test unless it exits 0 within 60 s. */
    public static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** {@link #run(List)} with the command as arguments. */
    public static String run(String... command) throws IOException, InterruptedException {
        return run(List.of(command));
    }
}
