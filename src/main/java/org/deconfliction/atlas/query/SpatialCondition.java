package org.deconfliction.atlas.query;

import java.util.Locale;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;

/** Where an incident must be to answer a query; each condition says in words what it asks. */
public sealed interface SpatialCondition {

    /** The condition in words, e.g. "east of the Euphrates". */
    String describe();

    /** On one bank of the Euphrates: {@code side} is EAST (left bank, Jazira) or WEST (right bank, Shamiyah). */
    record OnBank(BankSide side) implements SpatialCondition {
        public OnBank {
            if (side != BankSide.EAST && side != BankSide.WEST) {
                throw new IllegalArgumentException("a bank is east or west, was " + side);
            }
        }

        @Override
        public String describe() {
            return side.name().toLowerCase(Locale.ROOT) + " of the Euphrates";
        }
    }

    /** Within {@code km} kilometres of a site, measured on the WGS84 ellipsoid. */
    record NearSite(String siteId, double km) implements SpatialCondition {
        public NearSite {
            requirePositive(km);
        }

        @Override
        public String describe() {
            return "within " + kilometres(km) + " of site " + siteId;
        }
    }

    /** Within {@code km} kilometres of the Euphrates, measured on the WGS84 ellipsoid. */
    record NearRiver(double km) implements SpatialCondition {
        public NearRiver {
            requirePositive(km);
        }

        @Override
        public String describe() {
            return "within " + kilometres(km) + " of the Euphrates";
        }
    }

    /** Inside a deconfliction zone, such as the 55 km circle around al-Tanf. */
    record InZone(String zoneId) implements SpatialCondition {
        @Override
        public String describe() {
            return "inside zone " + zoneId;
        }
    }

    /** Inside a region the user drew, as it appears on the map. */
    record InRegion(DrawnRegion region) implements SpatialCondition {
        @Override
        public String describe() {
            return "inside the drawn " + region.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private static void requirePositive(double km) {
        if (!(km > 0) || Double.isInfinite(km)) {
            throw new IllegalArgumentException("a distance must be a positive number of kilometres, was " + km);
        }
    }

    private static String kilometres(double km) {
        return (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " km";
    }
}
