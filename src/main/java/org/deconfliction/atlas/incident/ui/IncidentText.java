package org.deconfliction.atlas.incident.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.Incident;

/** The phrases an incident is shown with in tooltips, cards and the grid, all plain text. */
public final class IncidentText {

    private IncidentText() {
    }

    /** "7–8 Feb 2018 · Battle of Khasham". */
    public static String headline(Incident incident) {
        return incident.date().label() + " · " + incident.title();
    }

    /**
     * The date, where known the local time, how precisely the sources date it when not to the day, and the note on
     * the date as a sentence of its own: "7–8 Feb 2018, 22:00 local time (some time in this span). Night of 7–8 …".
     */
    public static String date(Incident incident) {
        StringBuilder text = new StringBuilder(incident.date().label());
        if (incident.timeOfDay() != null) {
            text.append(", ").append(incident.timeOfDay()).append(" local time");
        }
        switch (incident.date().precision()) {
            case MONTH -> text.append(" (day not known)");
            case RANGE -> text.append(" (some time in this span)");
            case DAY -> { }
        }
        if (incident.date().note() != null) {
            text.append(". ").append(SourceNumbers.of(incident).cite(incident.date().note()));
        }
        return text.toString();
    }

    /** The place with how precisely it is known: "Conoco gas field … (exact, within 2 km)". */
    public static String place(Incident incident) {
        return incident.place() + " (" + incident.uncertainty().precision().code() + ", within "
                + kilometres(incident.uncertainty().radiusMetres()) + ")";
    }

    /** Killed and wounded per side as reported: "Coalition side: 0 killed · Other side: 200–300 killed". */
    public static String casualties(Incident incident) {
        List<String> parts = new ArrayList<>();
        side("Coalition side", incident.casualties().sideA(), parts);
        side("Other side", incident.casualties().sideB(), parts);
        side("Civilians", incident.casualties().civilians(), parts);
        String counts = parts.isEmpty() ? "not reported" : String.join(" · ", parts);
        return incident.casualties().note() == null ? counts
                : counts + ". " + SourceNumbers.of(incident).cite(incident.casualties().note());
    }

    /** The most killed reported in all, for sorting: the upper bound of every side added up. */
    public static int killedAtMost(Incident incident) {
        return incident.casualties().totalKilledMax();
    }

    /** Everyone killed as reported, all sides: "200–300", "0", or "–" when no side's dead are reported. */
    public static String killed(Incident incident) {
        int min = 0;
        int max = 0;
        boolean reported = false;
        for (CasualtyCount side : Arrays.asList(
                incident.casualties().sideA(), incident.casualties().sideB(), incident.casualties().civilians())) {
            if (side != null && side.killed() != null) {
                min += side.killed().min();
                max += side.killed().max();
                reported = true;
            }
        }
        if (!reported) {
            return "–";
        }
        return min == max ? Integer.toString(min) : min + "–" + max;
    }

    /** "1. Title (Publisher)" for each source, numbered as {@link #disagreements} and the notes cite them. */
    public static List<String> sources(Incident incident) {
        List<String> labels = new ArrayList<>();
        for (SourceReference source : incident.sources()) {
            labels.add((labels.size() + 1) + ". " + source.label());
        }
        return labels;
    }

    /**
     * The points on which the sources differ, one sentence each, citing sources by their number ("source 1")
     * rather than by the code of the document; empty when they agree.
     */
    public static List<String> disagreements(Incident incident) {
        SourceNumbers numbers = SourceNumbers.of(incident);
        return incident.disagreements().stream().map(numbers::cite).toList();
    }


    private static void side(String label, CasualtyCount count, List<String> parts) {
        if (count == null || (count.killed() == null && count.wounded() == null)) {
            return;
        }
        List<String> numbers = new ArrayList<>();
        if (count.killed() != null) {
            numbers.add(count.killed().label() + " killed");
        }
        if (count.wounded() != null) {
            numbers.add(count.wounded().label() + " wounded");
        }
        parts.add(label + ": " + String.join(", ", numbers));
    }

    private static String kilometres(double metres) {
        return metres < 1000 ? Math.round(metres) + " m" : String.format(Locale.ROOT, "%.0f km", metres / 1000);
    }
}
