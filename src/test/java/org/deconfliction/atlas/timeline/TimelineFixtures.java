package org.deconfliction.atlas.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;

/** Dates and incidents for the timeline's tests, written as briefly as the sources give them. */
public final class TimelineFixtures {

    private TimelineFixtures() {
    }

    /** A day in ISO form, {@code 2019-10-12}. */
    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** An incident date known to the day. */
    public static IncidentDate day(String iso) {
        return IncidentDate.day(d(iso));
    }

    /** An incident date known only to the month, {@code 2019-10}. */
    public static IncidentDate month(String yearMonth) {
        YearMonth month = YearMonth.parse(yearMonth);
        return new IncidentDate(DatePrecision.MONTH, month.atDay(1), month.atEndOfMonth(), null);
    }

    /** An incident date known to lie within a span of days. */
    public static IncidentDate range(String first, String last) {
        return new IncidentDate(DatePrecision.RANGE, d(first), d(last), null);
    }

    /** A plausible incident with this id and date. */
    public static Incident incident(String id, IncidentDate date) {
        return new Incident(id, "Incident " + id, "What happened.", IncidentCategory.ROCKET_ARTILLERY,
                new Actors(List.of("US forces"), List.of("Militia")), Opponent.IRAN_BACKED,
                new Casualties(null, null, null, null), "near the base", null, Wgs84.point(40.53, 35.08),
                new LocationUncertainty(LocationPrecision.TOWN, 5000), date, null, "SY",
                List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), List.of());
    }
}
