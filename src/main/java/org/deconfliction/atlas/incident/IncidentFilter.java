package org.deconfliction.atlas.incident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.deconfliction.atlas.geodata.TransliterationKey;
import org.deconfliction.atlas.site.Site;
import org.locationtech.jts.geom.Envelope;

/**
 * Which incidents to show: the one filter model shared by the map, the grid, the timeline and the API. An incident
 * passes when it passes every part that is set: its date interval overlaps the window {@code from}..{@code to}
 * (days included, either bound may be null), its category and opponent are among those chosen (an empty or null
 * set allows all), its point lies in {@code bbox} (longitude/latitude degrees, edges included; null for anywhere), and
 * every word of {@code text} begins a word of its searchable text, compared as {@link TransliterationKey}s.
 */
public record IncidentFilter(
        LocalDate from,
        LocalDate to,
        Set<IncidentCategory> categories,
        Set<Opponent> opponents,
        Envelope bbox,
        String text) {

    private static final IncidentFilter ALL = new IncidentFilter(null, null, Set.of(), Set.of(), null, null);

    public IncidentFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date window must not end (" + to + ") before it starts (" + from + ")");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        opponents = opponents == null ? Set.of() : Set.copyOf(opponents);
        bbox = bbox == null ? null : new Envelope(bbox);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The filter every incident passes. */
    public static IncidentFilter all() {
        return ALL;
    }

    /** A copy of the bounding box, so that the filter stays immutable; null for anywhere. */
    @Override
    public Envelope bbox() {
        return bbox == null ? null : new Envelope(bbox);
    }

    /** This filter with the date window from {@code from} to {@code to}, days included; null leaves a side open. */
    public IncidentFilter withDates(LocalDate from, LocalDate to) {
        return new IncidentFilter(from, to, categories, opponents, bbox, text);
    }

    /** This filter with the given categories; an empty set allows all. */
    public IncidentFilter withCategories(Set<IncidentCategory> categories) {
        return new IncidentFilter(from, to, categories, opponents, bbox, text);
    }

    /** This filter with the given opponents; an empty set allows all. */
    public IncidentFilter withOpponents(Set<Opponent> opponents) {
        return new IncidentFilter(from, to, categories, opponents, bbox, text);
    }

    /** This filter with the bounding box (x = longitude, y = latitude, degrees); null for anywhere. */
    public IncidentFilter withBbox(Envelope bbox) {
        return new IncidentFilter(from, to, categories, opponents, bbox, text);
    }

    /** This filter with the free text; null or blank for any text. */
    public IncidentFilter withText(String text) {
        return new IncidentFilter(from, to, categories, opponents, bbox, text);
    }

    /**
     * Whether the incident passes, searching free text in the incident's own words only (title, place, actors and
     * summary) and computing their key on every call: for tests and small in-memory lists. Stores use
     * {@link #predicate} with keys that also hold the site's names, computed once.
     */
    public boolean test(Incident incident) {
        return predicate(i -> TransliterationKey.of(i.searchableTexts())).test(incident);
    }

    /**
     * This filter as a predicate, with the key of its text computed once.
     *
     * @param searchableWords the key of each incident's searchable text, normally {@link #searchableWords}
     */
    public Predicate<Incident> predicate(Function<Incident, TransliterationKey> searchableWords) {
        TransliterationKey query = TransliterationKey.of(text);
        Envelope box = bbox;
        return incident -> incident.date().overlaps(from, to)
                && (categories.isEmpty() || categories.contains(incident.category()))
                && (opponents.isEmpty() || opponents.contains(incident.opponent()))
                && (box == null || box.covers(incident.location().getCoordinate()))
                && (query.isEmpty() || searchableWords.apply(incident).contains(query));
    }

    /**
     * The key of the text that free text is searched in: the incident's title, place, actors and summary, and the
     * name and alternate names of its site.
     *
     * @param site the site named by the incident's {@code siteId}, or null when it names none
     */
    public static TransliterationKey searchableWords(Incident incident, Site site) {
        List<String> texts = new ArrayList<>(incident.searchableTexts());
        if (site != null) {
            texts.add(site.name());
            texts.addAll(site.alternateNames());
        }
        return TransliterationKey.of(texts);
    }
}
