package org.deconfliction.atlas.api;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.Range;

/**
 * The incidents' scalar properties read from the incident and its derived attributes instead of its GeoJSON
 * feature, each as {@link Cql2Evaluation} reads it from the feature: a number as a {@code Double}, a text or a day
 * as a {@code String}, null where the feature holds null. The nested properties ({@code actors},
 * {@code casualties}, {@code location}, {@code date}, {@code sources}, {@code disagreements}) are not read here:
 * a term naming one is tested on the complete feature.
 */
final class IncidentValues {

    private static final Map<String, Function<Incident, Object>> OWN = Map.ofEntries(
            Map.entry("title", Incident::title),
            Map.entry("summary", Incident::summary),
            Map.entry("category", i -> i.category().code()),
            Map.entry("opponent", i -> i.opponent().code()),
            Map.entry("place", Incident::place),
            Map.entry("siteId", Incident::siteId),
            Map.entry("timeOfDay", i -> i.timeOfDay() == null ? null : i.timeOfDay().toString()),
            Map.entry("country", Incident::country),
            Map.entry("dateStart", i -> i.date().start().toString()),
            Map.entry("dateEnd", i -> i.date().end().toString()),
            Map.entry("datePrecision", i -> i.date().precision().code()),
            Map.entry("locationPrecision", i -> i.uncertainty().precision().code()),
            Map.entry("uncertaintyMetres", i -> i.uncertainty().radiusMetres()),
            Map.entry("killedMin", i -> sum(all(i), CasualtyCount::killed, Range::min)),
            Map.entry("killedMax", i -> sum(all(i), CasualtyCount::killed, Range::max)),
            Map.entry("woundedMin", i -> sum(all(i), CasualtyCount::wounded, Range::min)),
            Map.entry("woundedMax", i -> sum(all(i), CasualtyCount::wounded, Range::max)),
            Map.entry("civiliansKilledMin", i -> sum(civilians(i), CasualtyCount::killed, Range::min)),
            Map.entry("civiliansKilledMax", i -> sum(civilians(i), CasualtyCount::killed, Range::max)),
            Map.entry("actorsSideA", i -> String.join("; ", i.actors().sideA())),
            Map.entry("actorsSideB", i -> String.join("; ", i.actors().sideB())));

    /** Each bank's and answer's code as the features write it, made once. */
    private static final String[] BANKS = java.util.Arrays.stream(org.deconfliction.atlas.analysis.BankSide.values())
            .map(IncidentItems::code).toArray(String[]::new);
    private static final String[] ANSWERS = java.util.Arrays.stream(org.deconfliction.atlas.analysis.SpatialAnswer.values())
            .map(IncidentItems::code).toArray(String[]::new);

    private static final Map<String, Function<ItemAttributes, Object>> DERIVED = Map.of(
            "bank", a -> BANKS[a.bank().ordinal()],
            "bankCertainty", a -> a.bankCertain() ? "certain" : "uncertain",
            "riverDistanceKm", a -> IncidentItems.kilometres(a.riverDistanceKm()),
            "nearestSite", ItemAttributes::nearestSiteId,
            "nearestSiteKm", a -> Double.isNaN(a.nearestSiteKm()) ? null : (Object) IncidentItems.kilometres(a.nearestSiteKm()));

    private IncidentValues() {
    }

    /**
     * How to read the property of this name from a row; null for the nested properties, which only the complete
     * feature holds. A name the features do not carry at all (such as {@code geometry}) reads as null, as it does
     * from a feature.
     */
    static Function<IncidentRow, Object> reader(String name) {
        Function<Incident, Object> own = OWN.get(name);
        if (own != null) {
            return row -> own.apply(row.incident());
        }
        Function<ItemAttributes, Object> derived = DERIVED.get(name);
        if (derived != null) {
            return row -> derived.apply(row.attributes());
        }
        if (name.equals("answer")) {
            return row -> row.spatial() ? ANSWERS[row.answer().ordinal()] : null;
        }
        return NESTED.contains(name) ? null : row -> null;
    }

    /** Whether reading the property looks up the derived attributes (dearer than the incident's own fields). */
    static boolean derived(String name) {
        return DERIVED.containsKey(name);
    }

    private static final java.util.Set<String> NESTED = java.util.Set.of("actors", "casualties", "location", "date",
            "sources", "disagreements");

    private static Stream<CasualtyCount> all(Incident incident) {
        return Stream.of(incident.casualties().sideA(), incident.casualties().sideB(), incident.casualties().civilians())
                .filter(Objects::nonNull);
    }

    private static Stream<CasualtyCount> civilians(Incident incident) {
        return Stream.ofNullable(incident.casualties().civilians());
    }

    /** The bounds summed over the counts that report them, as a Double; null when none does. */
    private static Object sum(Stream<CasualtyCount> counts, Function<CasualtyCount, Range> range,
            java.util.function.ToIntFunction<Range> bound) {
        int[] total = {0, 0};
        counts.map(range).filter(Objects::nonNull).forEach(r -> {
            total[0] += bound.applyAsInt(r);
            total[1]++;
        });
        return total[1] == 0 ? null : (Object) (double) total[0];
    }
}
