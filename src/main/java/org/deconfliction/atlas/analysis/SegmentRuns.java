package org.deconfliction.atlas.analysis;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;

/**
 * Bounds on the geodesic distance from a point to a line, found without a tree search: the segments' boxes (chord
 * plus bow) as flat arrays, and the boxes of each run of {@value #RUN} consecutive segments, which lie near one
 * another along the line. A point's bounds open the run nearest to it first, then only the runs that can come nearer
 * than the bound found so far, so mostly the segments near the point are measured. Immutable.
 */
final class SegmentRuns {

    private static final int RUN = 16;
    /** Slack in metres for the rounding of an exact distance used as a bound. */
    private static final double ROUNDING_METRES = 1e-3;

    private final GeodesicSegments segments;
    /** West, east, south and north of each segment's box, and of each run's. */
    private final double[] segmentBoxes;
    private final double[] runBoxes;

    SegmentRuns(GeodesicSegments segments) {
        this.segments = segments;
        int n = segments.count();
        segmentBoxes = new double[4 * n];
        runBoxes = new double[4 * ((n + RUN - 1) / RUN)];
        for (int i = 0; i < n; i++) {
            Envelope box = segments.box(i);
            segmentBoxes[4 * i] = box.getMinX();
            segmentBoxes[4 * i + 1] = box.getMaxX();
            segmentBoxes[4 * i + 2] = box.getMinY();
            segmentBoxes[4 * i + 3] = box.getMaxY();
            int r = 4 * (i / RUN);
            boolean first = i % RUN == 0;
            runBoxes[r] = first ? box.getMinX() : Math.min(runBoxes[r], box.getMinX());
            runBoxes[r + 1] = first ? box.getMaxX() : Math.max(runBoxes[r + 1], box.getMaxX());
            runBoxes[r + 2] = first ? box.getMinY() : Math.min(runBoxes[r + 2], box.getMinY());
            runBoxes[r + 3] = first ? box.getMaxY() : Math.max(runBoxes[r + 3], box.getMaxY());
        }
    }

    /**
     * Bounds in metres on the geodesic distance from a point (degrees) to the line, {@code [lowest, highest]}: each
     * segment measured is bounded below by the larger of its box's separation from the point
     * ({@link EllipsoidScale#separation}) and its flat-earth distance less the tight margin, above by that distance
     * plus the margin (the exact distance beyond {@value GeodesicLineDistance#SCREENED_METRES} m); a run or segment
     * whose box is no nearer than the lower bound so far cannot lower it and is passed over. The lower bound is at
     * most {@code upToMetres} (a line farther away gives {@code upToMetres} and an infinite upper bound).
     */
    double[] boundsAt(double lon, double lat, double upToMetres) {
        double perDegreeLon = EllipsoidScale.separationScale(new Envelope(lon, lon, lat, lat), upToMetres);
        double[] bounds = {upToMetres, Double.POSITIVE_INFINITY};
        int runs = runBoxes.length / 4;
        double[] runSeparation = new double[runs];
        int nearest = 0;
        for (int r = 0; r < runs; r++) {
            runSeparation[r] = EllipsoidScale.separationAtScale(lon, lat, runBoxes, 4 * r, perDegreeLon);
            nearest = runSeparation[r] < runSeparation[nearest] ? r : nearest;
        }
        open(nearest, lon, lat, perDegreeLon, bounds);
        for (int r = 0; r < runs; r++) {
            if (r != nearest && runSeparation[r] < bounds[0]) {
                open(r, lon, lat, perDegreeLon, bounds);
            }
        }
        return bounds;
    }

    /**
     * The segments whose box's separation from the box ({@link EllipsoidScale#separation} for bounds up to
     * {@code metres}) is at most {@code metres}, in the line's order: every segment that can come within
     * {@code metres} of a point of the box.
     */
    int[] near(Envelope box, double metres) {
        double perDegreeLon = EllipsoidScale.separationScale(box, metres);
        int[] found = new int[Math.min(segments.count(), 4 * RUN)];
        int count = 0;
        for (int r = 0; r < runBoxes.length / 4; r++) {
            if (EllipsoidScale.separationAtScale(box, runBoxes, 4 * r, perDegreeLon) > metres) {
                continue;
            }
            int to = Math.min(segments.count(), (r + 1) * RUN);
            for (int i = r * RUN; i < to; i++) {
                if (EllipsoidScale.separationAtScale(box, segmentBoxes, 4 * i, perDegreeLon) <= metres) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.min(segments.count(), 2 * count));
                    }
                    found[count++] = i;
                }
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** Lowers the bounds by the segments of run r that can come nearer than the lower bound so far. */
    private void open(int r, double lon, double lat, double perDegreeLon, double[] bounds) {
        int to = Math.min(segments.count(), (r + 1) * RUN);
        for (int i = r * RUN; i < to; i++) {
            double separation = EllipsoidScale.separationAtScale(lon, lat, segmentBoxes, 4 * i, perDegreeLon);
            if (separation >= bounds[0]) {
                continue;
            }
            double approximate = segments.approximateMetres(i, lon, lat);
            double lowest = separation;
            double highest;
            if (approximate <= GeodesicLineDistance.SCREENED_METRES) {
                double margin = segments.tightMargin(i, approximate, lat);
                lowest = Math.max(lowest, approximate - margin);
                highest = approximate + margin;
            } else {
                highest = segments.exactMetres(i, lon, lat) + ROUNDING_METRES;
            }
            bounds[0] = Math.min(bounds[0], lowest);
            bounds[1] = Math.min(bounds[1], highest);
        }
    }
}
