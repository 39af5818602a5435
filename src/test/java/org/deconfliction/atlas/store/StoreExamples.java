package org.deconfliction.atlas.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.incident.Range;
import org.deconfliction.atlas.site.HeldPeriod;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteKind;

/** Valid incidents and sites for store tests, each with an id of its own so tests sharing a store never collide. */
final class StoreExamples {

    /** Where the al-Tanf garrison is (a site of the shipped geodata), lon/lat. */
    static final double[] AL_TANF = {38.61778, 33.50583};
    /** Where the Conoco gas field is, east of the Euphrates. */
    static final double[] CONOCO = {40.30944, 35.33611};

    private StoreExamples() {
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An exactly placed drone attack at the given point, with casualties on side A and none reported for civilians. */
    static Incident incident(String id, double[] lonLat) {
        return new Incident(id, "Drone attack on the garrison", "A drone struck the garrison; no one was hurt.",
                IncidentCategory.DRONE, new Actors(List.of("US forces"), List.of("Iran-backed militia")), Opponent.IRAN_BACKED,
                new Casualties(new CasualtyCount(new Range(0, 0), new Range(1, 3)), new CasualtyCount(null, null), null,
                        "as reported by the coalition"),
                "the garrison", null, Wgs84.point(lonLat[0], lonLat[1]), new LocationUncertainty(LocationPrecision.EXACT, 50),
                IncidentDate.day(LocalDate.of(2021, 8, 15)), java.time.LocalTime.of(4, 30), "SY",
                List.of(new SourceReference("A report", "A publisher", "000_0000000000000000.txt")),
                List.of("the sources differ on the time"));
    }

    static Incident retitled(Incident incident, String title) {
        return new Incident(incident.id(), title, incident.summary(), incident.category(), incident.actors(),
                incident.opponent(), incident.casualties(), incident.place(), incident.siteId(), incident.location(),
                incident.uncertainty(), incident.date(), incident.timeOfDay(), incident.country(), incident.sources(),
                incident.disagreements());
    }

    static Incident moved(Incident incident, double[] lonLat) {
        return new Incident(incident.id(), incident.title(), incident.summary(), incident.category(), incident.actors(),
                incident.opponent(), incident.casualties(), incident.place(), incident.siteId(),
                Wgs84.point(lonLat[0], lonLat[1]), incident.uncertainty(), incident.date(), incident.timeOfDay(),
                incident.country(), incident.sources(), incident.disagreements());
    }

    static Incident atSite(Incident incident, String siteId) {
        return new Incident(incident.id(), incident.title(), incident.summary(), incident.category(), incident.actors(),
                incident.opponent(), incident.casualties(), incident.place(), siteId, incident.location(),
                incident.uncertainty(), incident.date(), incident.timeOfDay(), incident.country(), incident.sources(),
                incident.disagreements());
    }

    static Site site(String id, String name, double[] lonLat) {
        return new Site(id, name, List.of(name + " outpost"), SiteKind.BASE, "An outpost.", Wgs84.point(lonLat[0], lonLat[1]),
                new LocationUncertainty(LocationPrecision.TOWN, 2000), List.of(new HeldPeriod("US forces", "2017", null, null)),
                "SY", List.of(new SourceReference("A report", null, "000_0000000000000000.txt")));
    }
}
