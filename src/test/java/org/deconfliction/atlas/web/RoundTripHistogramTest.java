package org.deconfliction.atlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RoundTripHistogramTest {

    private static final long MS = 1_000_000;

    @Test
    void answersZerosBeforeTheFirstDuration() {
        RoundTripHistogram.RoundTrips none = new RoundTripHistogram().snapshot();
        assertThat(none.count()).isZero();
        assertThat(none.p50Ms()).isZero();
        assertThat(none.p99Ms()).isZero();
        assertThat(none.bucketCounts()).hasSize(RoundTripHistogram.BUCKETS).containsOnly(0L);
        assertThat(none.bucketUpperBoundsMs()).hasSize(RoundTripHistogram.BUCKETS - 1);
    }

    @Test
    void percentilesAreTheUpperBoundOfTheirBucketWithinAFifthAboveTheTrueValue() {
        RoundTripHistogram histogram = new RoundTripHistogram();
        for (int ms = 1; ms <= 100; ms++) {
            histogram.record(ms * MS);
        }
        RoundTripHistogram.RoundTrips trips = histogram.snapshot();
        assertThat(trips.count()).isEqualTo(100);
        assertThat(trips.p50Ms()).isBetween(50.0, 50 * 1.19);
        assertThat(trips.p95Ms()).isBetween(95.0, 95 * 1.19);
        assertThat(trips.p99Ms()).isBetween(99.0, 99 * 1.19);
        assertThat(trips.maxMs()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void aFewSlowRoundTripsShowInTheTailNotTheMedian() {
        RoundTripHistogram histogram = new RoundTripHistogram();
        for (int i = 0; i < 980; i++) {
            histogram.record(20 * MS);
        }
        for (int i = 0; i < 20; i++) {
            histogram.record(900 * MS);
        }
        RoundTripHistogram.RoundTrips trips = histogram.snapshot();
        assertThat(trips.p50Ms()).isBetween(20.0, 24.0);
        assertThat(trips.p95Ms()).isBetween(20.0, 24.0);
        assertThat(trips.p99Ms()).isBetween(900.0, 1080.0);
    }

    @Test
    void durationsBeyondTheLastBoundAndBelowTheFirstAreCountedNotLost() {
        RoundTripHistogram histogram = new RoundTripHistogram();
        histogram.record(-5);
        histogram.record(10_000);
        histogram.record(1_000_000 * MS);
        RoundTripHistogram.RoundTrips trips = histogram.snapshot();
        assertThat(trips.count()).isEqualTo(3);
        assertThat(trips.bucketCounts().getFirst()).isEqualTo(2);
        assertThat(trips.bucketCounts().getLast()).isEqualTo(1);
        assertThat(trips.maxMs()).isEqualTo(1_000_000.0);
        assertThat(RoundTripHistogram.upperBoundMillis(RoundTripHistogram.BUCKETS - 2)).isBetween(90_000.0, 110_000.0);
    }
}
