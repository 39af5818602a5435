package org.deconfliction.atlas.ingest;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the process uses, as the import benchmarks print it beside their wall clocks: the peak of the used heap
 * (bytes) since the last {@link #reset}, sampled every 20 ms on a daemon thread until closed, and the CPU time.
 */
public final class ProcessUse implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong(used());
    private final Thread sampler;

    private ProcessUse() {
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Starts sampling, the peak starting at the heap used now. */
    public static ProcessUse start() {
        return new ProcessUse();
    }

    /** The highest used heap sampled since the start or the last reset, in bytes. */
    public long peak() {
        return peak.get();
    }

    /** Starts the peak again at the heap used now. */
    public void reset() {
        peak.set(used());
    }

    /** Stops sampling; {@link #peak} keeps its last value. */
    @Override
    public void close() {
        sampler.interrupt();
    }

    /** The heap used now, in bytes. */
    public static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The CPU time of this process so far, all threads, in nanoseconds. */
    public static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
