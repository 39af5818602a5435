package org.deconfliction.atlas.editing;

import java.util.List;
import org.deconfliction.atlas.geodata.GeoJsonEncoder;
import org.deconfliction.atlas.geodesy.Wgs84;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import tools.jackson.databind.node.ObjectNode;

/**
 * Between a draft and the GeoJSON form of {@code incidents.geojson}: a stored incident becomes a draft to edit, and
 * a draft becomes a Feature for the strict reader, so that a typed incident is checked by exactly the rules of the
 * shipped files. Empty fields are written as JSON null, which the reader reports as missing where a value is needed.
 */
final class DraftFeature {

    private DraftFeature() {
    }

    /** A draft holding the incident's values. */
    static IncidentDraft of(Incident incident) {
        IncidentDraft draft = new IncidentDraft();
        draft.setTitle(incident.title());
        draft.setSummary(incident.summary());
        draft.setCategory(incident.category());
        draft.setOpponent(incident.opponent());
        draft.setSideA(incident.actors().sideA());
        draft.setSideB(incident.actors().sideB());
        Casualties casualties = incident.casualties();
        copy(SideCounts.of(casualties.sideA()), draft.getSideACounts());
        copy(SideCounts.of(casualties.sideB()), draft.getSideBCounts());
        copy(SideCounts.of(casualties.civilians()), draft.getCivilianCounts());
        draft.setCiviliansReported(casualties.civilians() != null);
        draft.setCasualtyNote(casualties.note());
        draft.setPlace(incident.place());
        draft.setSiteId(incident.siteId());
        draft.setCountry(incident.country());
        draft.setLatitude(incident.location().getY());
        draft.setLongitude(incident.location().getX());
        draft.setLocationPrecision(incident.uncertainty().precision());
        draft.setUncertaintyMetres(incident.uncertainty().radiusMetres());
        draft.setDatePrecision(incident.date().precision());
        draft.setDateStart(incident.date().start());
        draft.setDateEnd(incident.date().end());
        draft.setDateNote(incident.date().note());
        draft.setTimeOfDay(incident.timeOfDay() == null ? null : incident.timeOfDay().toString());
        draft.setSources(incident.sources());
        draft.setDisagreements(incident.disagreements());
        return draft;
    }

    /**
     * The draft as a GeoJSON Feature with the given id. A day ends on its start, a month on the last day of the
     * month it starts in; only a span takes the draft's last day. Needs the latitude and longitude.
     */
    static ObjectNode feature(IncidentDraft draft, String id) {
        ObjectNode p = GeoJsonEncoder.properties();
        p.put("title", blankToNull(draft.getTitle()));
        p.put("summary", blankToNull(draft.getSummary()));
        p.put("category", draft.getCategory() == null ? null : draft.getCategory().code());
        ObjectNode actors = p.putObject("actors");
        actors.set("sideA", GeoJsonEncoder.strings(draft.getSideA()));
        actors.set("sideB", GeoJsonEncoder.strings(draft.getSideB()));
        p.put("opponent", draft.getOpponent() == null ? null : draft.getOpponent().code());
        ObjectNode casualties = p.putObject("casualties");
        casualties.set("sideA", side(draft.getSideACounts()));
        casualties.set("sideB", side(draft.getSideBCounts()));
        boolean civilians = draft.isCiviliansReported() || draft.getCivilianCounts().any();
        casualties.set("civilians", civilians ? side(draft.getCivilianCounts()) : null);
        casualties.put("note", blankToNull(draft.getCasualtyNote()));
        p.put("place", blankToNull(draft.getPlace()));
        p.put("siteId", blankToNull(draft.getSiteId()));
        ObjectNode location = p.putObject("location");
        location.put("precision", draft.getLocationPrecision() == null ? null : draft.getLocationPrecision().code());
        location.put("uncertaintyMetres", draft.getUncertaintyMetres());
        ObjectNode date = p.putObject("date");
        date.put("precision", draft.getDatePrecision() == null ? null : draft.getDatePrecision().code());
        date.put("start", draft.getDateStart() == null ? null : draft.getDateStart().toString());
        date.put("end", end(draft));
        date.put("note", blankToNull(draft.getDateNote()));
        p.put("timeOfDay", blankToNull(draft.getTimeOfDay()));
        p.put("country", blankToNull(draft.getCountry()));
        p.set("sources", GeoJsonEncoder.sources(draft.getSources()));
        p.set("disagreements", GeoJsonEncoder.strings(List.copyOf(draft.getDisagreements())));
        return GeoJsonEncoder.feature(id, Wgs84.point(draft.getLongitude(), draft.getLatitude()), p);
    }

    private static String end(IncidentDraft draft) {
        if (draft.getDateStart() == null || draft.getDatePrecision() == null) {
            return draft.getDateEnd() == null ? null : draft.getDateEnd().toString();
        }
        if (draft.getDatePrecision() == DatePrecision.DAY) {
            return draft.getDateStart().toString();
        }
        if (draft.getDatePrecision() == DatePrecision.MONTH) {
            return draft.getDateStart().withDayOfMonth(draft.getDateStart().lengthOfMonth()).toString();
        }
        return draft.getDateEnd() == null ? null : draft.getDateEnd().toString();
    }

    private static ObjectNode side(SideCounts counts) {
        ObjectNode side = GeoJsonEncoder.properties();
        side.set("killed", range(counts.getKilledMin(), counts.getKilledMax()));
        side.set("wounded", range(counts.getWoundedMin(), counts.getWoundedMax()));
        return side;
    }

    private static ObjectNode range(Integer min, Integer max) {
        if (!SideCounts.given(min, max)) {
            return null;
        }
        ObjectNode range = GeoJsonEncoder.properties();
        range.put("min", min);
        range.put("max", max);
        return range;
    }

    private static void copy(SideCounts from, SideCounts to) {
        to.setKilledMin(from.getKilledMin());
        to.setKilledMax(from.getKilledMax());
        to.setWoundedMin(from.getWoundedMin());
        to.setWoundedMax(from.getWoundedMax());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
