package org.deconfliction.atlas.incident;

import java.time.LocalDate;
import java.util.List;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;

/** Builds incidents for tests: a plausible incident by default, with only what a test cares about changed. */
final class IncidentExample {

    private String id = "example-incident";
    private String title = "Rocket attack";
    private String place = "near the base";
    private IncidentCategory category = IncidentCategory.ROCKET_ARTILLERY;
    private Opponent opponent = Opponent.IRAN_BACKED;
    private IncidentDate date = IncidentDate.day(LocalDate.of(2021, 6, 28));
    private double lon = 40.53;
    private double lat = 35.08;
    private String siteId;

    static IncidentExample incident(String id) {
        IncidentExample example = new IncidentExample();
        example.id = id;
        return example;
    }

    IncidentExample title(String title) {
        this.title = title;
        return this;
    }

    IncidentExample place(String place) {
        this.place = place;
        return this;
    }

    IncidentExample category(IncidentCategory category) {
        this.category = category;
        return this;
    }

    IncidentExample opponent(Opponent opponent) {
        this.opponent = opponent;
        return this;
    }

    IncidentExample on(LocalDate day) {
        this.date = IncidentDate.day(day);
        return this;
    }

    IncidentExample from(LocalDate start, LocalDate end) {
        this.date = new IncidentDate(DatePrecision.RANGE, start, end, null);
        return this;
    }

    IncidentExample at(double lon, double lat) {
        this.lon = lon;
        this.lat = lat;
        return this;
    }

    IncidentExample site(String siteId) {
        this.siteId = siteId;
        return this;
    }

    Incident build() {
        return new Incident(id, title, "What happened.", category, new Actors(List.of("US forces"), List.of("Militia")),
                opponent, new Casualties(null, null, null, null), place, siteId, Wgs84.point(lon, lat),
                new LocationUncertainty(LocationPrecision.TOWN, 5000), date, null, "SY",
                List.of(new SourceReference("A report", null, "000_0000000000000000.txt")), List.of());
    }
}
