package org.deconfliction.atlas.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.management.ObjectName;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Start-up from stored data (a plain {@code main}, not a test): starts the application on a data folder, prints the
 * seconds from {@code SpringApplication.run} until it is ready (store read, index built), the CPU seconds the JVM
 * spent until then (less dependent on the machine's load than the elapsed time) and the used heap after GC,
 * and, when a file is named, writes the heap's class histogram there ({@code GC.class_histogram}). Further arguments
 * are application settings; {@code --keep-attributes} instead waits (up to an hour) until every incident's derived
 * attributes are stored, so that the next start-up on the folder starts with them, as a store in use does.
 *
 * <pre>{@code
 * java -Xmx4g -cp ... org.deconfliction.atlas.store.StartupBenchmark <data folder> [histogram file] [--keep-attributes] [--setting=value ...]
 * }</pre>
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).toAbsolutePath();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no data folder at " + folder);
        }
        Path histogram = args.length > 1 && !args[1].startsWith("--") ? Path.of(args[1]) : null;
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--atlas.data.folder=" + folder, "--vaadin.productionMode=true"));
        List<String> more = new ArrayList<>(Arrays.asList(args).subList(histogram == null ? 1 : 2, args.length));
        boolean keepAttributes = more.remove("--keep-attributes");
        settings.addAll(more);
        long starting = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(settings.toArray(String[]::new))) {
            double seconds = (System.nanoTime() - starting) / 1e9;
            double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            int stored = app.getBean(IncidentRepository.class).findAll().size();
            long heap = heapAfterGc();
            System.out.printf(Locale.ROOT, "start-up with %,d stored incidents: %.1f s (%.1f s of CPU in the JVM, every "
                    + "thread); used heap after GC %,d MB%n", stored, seconds, cpu, heap >> 20);
            if (histogram != null) {
                Files.writeString(histogram, (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()}));
            }
            if (keepAttributes) {
                awaitStoredAttributes(app.getBean(JdbcOperations.class), stored);
            }
        }
    }

    private static void awaitStoredAttributes(JdbcOperations jdbc, int stored) throws InterruptedException {
        long until = System.nanoTime() + 3_600_000_000_000L;
        int kept = 0;
        while (System.nanoTime() < until) {
            kept = jdbc.queryForObject("SELECT count(*) FROM incident_attributes", Integer.class);
            System.out.printf(Locale.ROOT, "derived attributes stored: %,d of %,d%n", kept, stored);
            if (kept >= stored) {
                return;
            }
            Thread.sleep(15_000);
        }
        throw new IllegalStateException("only " + kept + " of " + stored + " incidents' attributes were stored within an hour");
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
