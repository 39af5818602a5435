package org.deconfliction.atlas.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;

/**
 * Durations counted in fixed buckets growing by a factor of 2^¼ (about 19 %) from 0.1 ms to about 100 s, plus one
 * for anything longer: a bounded, lock-free record of any number of durations (82 counters). Quantiles are answered
 * as the upper bound of the bucket they fall in, in milliseconds; with nothing recorded they are 0.
 */
final class RoundTripHistogram {

    static final int BUCKETS = 82;
    private static final double FIRST_BOUND_NANOS = 100_000;

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
    private final AtomicLong maxNanos = new AtomicLong();

    /** Counts one duration, in nanoseconds (a negative one as 0). */
    void record(long nanos) {
        counts.incrementAndGet(bucket(Math.max(0, nanos)));
        maxNanos.accumulateAndGet(nanos, Math::max);
    }

    static int bucket(long nanos) {
        if (nanos < FIRST_BOUND_NANOS) {
            return 0;
        }
        int i = (int) Math.floor(4 * Math.log(nanos / FIRST_BOUND_NANOS) / Math.log(2)) + 1;
        return Math.min(i, BUCKETS - 1);
    }

    /** The upper bound of a bucket in milliseconds; the last one, which has none, answers infinity. */
    static double upperBoundMillis(int bucket) {
        return bucket == BUCKETS - 1 ? Double.POSITIVE_INFINITY : FIRST_BOUND_NANOS * Math.pow(2, bucket / 4.0) / 1e6;
    }

    /** What has been recorded so far, read bucket by bucket (not one atomic picture while others record). */
    RoundTrips snapshot() {
        long[] copy = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
        }
        List<Long> all = IntStream.range(0, BUCKETS).mapToObj(i -> copy[i]).toList();
        List<Double> bounds = IntStream.range(0, BUCKETS - 1).mapToObj(RoundTripHistogram::upperBoundMillis).toList();
        long total = all.stream().mapToLong(Long::longValue).sum();
        return new RoundTrips(total, quantile(copy, total, 0.50), quantile(copy, total, 0.95), quantile(copy, total, 0.99),
                maxNanos.get() / 1e6, bounds, all);
    }

    private static double quantile(long[] counts, long total, double q) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return upperBoundMillis(i);
            }
        }
        return upperBoundMillis(counts.length - 1);
    }

    /**
     * The durations recorded since start: how many, the 50th, 95th and 99th percentile (bucket upper bounds, ms), the
     * longest (ms), the buckets' upper bounds (ms; the last bucket, unbounded, has none) and each bucket's count.
     */
    record RoundTrips(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs, List<Double> bucketUpperBoundsMs,
            List<Long> bucketCounts) {
    }
}
