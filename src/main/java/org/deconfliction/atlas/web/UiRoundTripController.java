package org.deconfliction.atlas.web;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/ui-round-trips}, for admins only: the server-side times of the UI round trips since start
 * as JSON (count, p50/p95/p99 and max in ms, and the histogram's buckets, so that a load script can subtract two
 * readings and get the percentiles of its own run).
 */
@RestController
class UiRoundTripController {

    private final UiRoundTripTimes times;

    UiRoundTripController(UiRoundTripTimes times) {
        this.times = times;
    }

    @GetMapping(path = "/api/admin/ui-round-trips", produces = MediaType.APPLICATION_JSON_VALUE)
    RoundTripHistogram.RoundTrips roundTrips() {
        return times.snapshot();
    }
}
