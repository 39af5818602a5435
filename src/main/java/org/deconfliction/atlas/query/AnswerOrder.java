package org.deconfliction.atlas.query;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.incident.Incident;

/**
 * The orders the answers' grid can be sorted in, one per column, by the column's key: date (first day, then last
 * day), title, category label, most killed reported, bank as labelled, distance to the river, distance to the
 * nearest site and the answer. Values a column cannot show (no dead reported, outside the banks' area, no nearest
 * site) come last in both directions; ties keep the repository's order ({@link Incident#CHRONOLOGICAL}).
 */
public enum AnswerOrder {
    DATE("date", false, Comparator.comparing((IncidentAnswer a) -> a.incident().date().start())
            .thenComparing(a -> a.incident().date().end()), a -> false),
    TITLE("title", false, Comparator.comparing(a -> String.valueOf(a.incident().title())), a -> false),
    CATEGORY("category", false, Comparator.comparing(a -> a.incident().category().label()), a -> false),
    KILLED("killed", false, Comparator.comparingInt(a -> a.incident().casualties().totalKilledMax()),
            a -> noDeadReported(a.incident())),
    BANK("bank", true, Comparator.comparing(AnswerOrder::bankLabel), a -> a.attributes().bank() == BankSide.OUTSIDE_AREA),
    RIVER("river", true, Comparator.comparingDouble(a -> a.attributes().riverDistanceKm()), a -> false),
    NEAREST_SITE("nearestSite", true, Comparator.comparingDouble(a -> a.attributes().nearestSiteKm()),
            a -> a.attributes().nearestSiteId() == null),
    ANSWER("answer", false, Comparator.comparing(a -> a.answer().name()), a -> false);

    private final String key;
    private final boolean derived;
    private final Comparator<IncidentAnswer> known;
    private final Predicate<IncidentAnswer> unknown;

    AnswerOrder(String key, boolean derived, Comparator<IncidentAnswer> known, Predicate<IncidentAnswer> unknown) {
        this.key = key;
        this.derived = derived;
        this.known = known;
        this.unknown = unknown;
    }

    /** The key of the grid column this order sorts. */
    public String key() {
        return key;
    }

    /** Whether sorting needs every answer's derived attributes (bank, river and site distances). */
    boolean derived() {
        return derived;
    }

    /** The order of the grid column with this key; empty for a column that cannot be sorted. */
    public static Optional<AnswerOrder> ofKey(String key) {
        return Stream.of(values()).filter(order -> order.key.equals(key)).findFirst();
    }

    /**
     * The comparator of this order: ascending or descending on the known values, unknown ones last either way,
     * ties in the repository's order.
     */
    public Comparator<IncidentAnswer> comparator(boolean descending) {
        Comparator<IncidentAnswer> values = descending ? known.reversed() : known;
        Predicate<IncidentAnswer> missing = unknown;
        Comparator<IncidentAnswer> unknownLast = (a, b) -> {
            boolean aMissing = missing.test(a);
            boolean bMissing = missing.test(b);
            return aMissing || bMissing ? Boolean.compare(aMissing, bMissing) : values.compare(a, b);
        };
        return unknownLast.thenComparing(IncidentAnswer::incident, Incident.CHRONOLOGICAL);
    }

    /** Whether no side's dead are reported (the grid shows "–"). */
    static boolean noDeadReported(Incident incident) {
        var c = incident.casualties();
        return Stream.of(c.sideA(), c.sideB(), c.civilians()).noneMatch(side -> side != null && side.killed() != null);
    }

    /** The bank as the grid labels it: "east", "west?" (the uncertainty circle reaches the river), "outside area". */
    public static String bankLabel(IncidentAnswer answer) {
        String side = switch (answer.attributes().bank()) {
            case EAST -> "east";
            case WEST -> "west";
            case UNCERTAIN -> "uncertain";
            case OUTSIDE_AREA -> "outside area";
        };
        return answer.attributes().bankCertain() || answer.attributes().bank() == BankSide.OUTSIDE_AREA
                ? side : side + "?";
    }
}
