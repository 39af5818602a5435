package org.deconfliction.atlas.geodata;

/**
 * How far from its plotted point a place or incident may really be: a precision class and the radius, in metres,
 * of the circle around the point that holds the true location.
 */
public record LocationUncertainty(LocationPrecision precision, double radiusMetres) {

    /** Reads the {@code location} object: {@code precision} and {@code uncertaintyMetres}. */
    public static LocationUncertainty read(FeatureProperties location) {
        return new LocationUncertainty(
                location.oneOf("precision", LocationPrecision.values(), LocationPrecision::code),
                location.positiveNumber("uncertaintyMetres"));
    }
}
