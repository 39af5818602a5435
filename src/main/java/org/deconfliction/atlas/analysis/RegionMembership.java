package org.deconfliction.atlas.analysis;

import org.locationtech.jts.geom.Envelope;

/** The test behind a region: answers for single points, and conservative answers for boxes of points. */
sealed interface RegionMembership permits PolygonMembership, CircleMembership, LineBufferMembership {

    /** The answer for a point (degrees) whose true place lies within {@code uncertaintyMetres} of it. */
    SpatialAnswer answer(double lon, double lat, double uncertaintyMetres);

    /** A box in degrees holding every point of the region. */
    Envelope reach();

    /**
     * ALL_INSIDE or ALL_OUTSIDE only when that is the answer for every point of the box with any uncertainty up to
     * {@code maxUncertaintyMetres}; MIXED otherwise (never wrong, sometimes cautious).
     */
    Coverage cover(Envelope box, double maxUncertaintyMetres);

    /**
     * The same answers as {@link #answer} for points of the box with uncertainty up to {@code maxUncertaintyMetres},
     * quicker when many points share the box.
     */
    default PointTest near(Envelope box, double maxUncertaintyMetres) {
        return this::answer;
    }

    /**
     * How the region answers the points of a box with uncertainty up to {@code maxUncertaintyMetres}: the
     * {@link #cover} of the box, and a test for its points as {@link #near} gives (needed only when MIXED). A
     * membership that finds both from the same work overrides this to do that work once per box.
     */
    default BoxAnswer box(Envelope box, double maxUncertaintyMetres) {
        Coverage coverage = cover(box, maxUncertaintyMetres);
        return new BoxAnswer(coverage, coverage == Coverage.MIXED ? near(box, maxUncertaintyMetres) : this::answer);
    }

    /** A box's coverage and the test that answers its points one by one. */
    record BoxAnswer(Coverage coverage, PointTest test) {
    }

    /** Answers for single points, as {@link #answer}. */
    @FunctionalInterface
    interface PointTest {
        SpatialAnswer answer(double lon, double lat, double uncertaintyMetres);
    }
}
