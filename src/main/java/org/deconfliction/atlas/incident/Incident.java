package org.deconfliction.atlas.incident;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.locationtech.jts.geom.Point;

/**
 * A dated, placed armed incident or troop movement between the US-led coalition and another force, as the source
 * documents tell it. {@code location} is a WGS84 point with its {@code uncertainty}; {@code siteId} names the site
 * it happened at (null when none); {@code timeOfDay} is local time (null when unknown); {@code country} is an ISO
 * 3166-1 alpha-2 code; {@code disagreements} are points on which the sources differ.
 */
public record Incident(
        String id,
        String title,
        String summary,
        IncidentCategory category,
        Actors actors,
        Opponent opponent,
        Casualties casualties,
        String place,
        String siteId,
        Point location,
        LocationUncertainty uncertainty,
        IncidentDate date,
        LocalTime timeOfDay,
        String country,
        List<SourceReference> sources,
        List<String> disagreements) {

    /** The order of {@link IncidentRepository#findAll()}: by the first day of the date, then by id. */
    public static final Comparator<Incident> CHRONOLOGICAL =
            Comparator.comparing((Incident incident) -> incident.date().start()).thenComparing(Incident::id);

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(opponent, "opponent");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
        disagreements = List.copyOf(disagreements);
    }

    /** The incident's own words that free text is searched in: title, place, the actors of both sides and summary. */
    public List<String> searchableTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        texts.add(place);
        texts.addAll(actors.sideA());
        texts.addAll(actors.sideB());
        texts.add(summary);
        return texts;
    }
}
