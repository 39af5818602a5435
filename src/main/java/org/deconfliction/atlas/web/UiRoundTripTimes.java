package org.deconfliction.atlas.web;

import org.springframework.stereotype.Component;

/**
 * The server-side time of every UI round trip since start ({@link UiRoundTripFilter} records them), kept in a
 * fixed-size {@link RoundTripHistogram}, so the cost stays the same however many round trips there are.
 */
@Component
class UiRoundTripTimes {

    private final RoundTripHistogram histogram = new RoundTripHistogram();

    /** Counts one round trip that took this many nanoseconds on the server. */
    void record(long nanos) {
        histogram.record(nanos);
    }

    /** The round trips so far: count, percentiles and buckets in milliseconds; all zero before the first one. */
    RoundTripHistogram.RoundTrips snapshot() {
        return histogram.snapshot();
    }
}
