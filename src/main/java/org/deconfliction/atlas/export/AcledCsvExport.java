package org.deconfliction.atlas.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deconfliction.atlas.geodata.CsvCell;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.Range;

/**
 * The incidents as a CSV file with the ACLED export tool's columns, so that tools and colleagues who work from ACLED
 * data can take the atlas's incidents in (and the atlas's own ACLED import reads it back). {@code event_id_cnty} is
 * the atlas id; {@code time_precision} 1 for a day, 2 for a span of up to 7 days (dated on its middle day, as ACLED
 * codes such spans), 3 otherwise (dated on its first day); {@code geo_precision} 1 for an exact or town location, 2
 * for a district, 3 for a region; {@code event_type}/{@code sub_event_type} from the category by the table below,
 * which the shipped ACLED category table reads back to the same category except for drones (an ACLED air/drone
 * strike) and raids and small-arms fire (an armed clash); {@code actor1}/{@code assoc_actor_1} are side A's first and
 * further forces, {@code actor2}/{@code assoc_actor_2} side B's; {@code fatalities} the sum of the sides' highest
 * reported killed (0 when none is reported); {@code notes} the title and the summary. Text cells are neutralised
 * against spreadsheet formulas ({@link CsvCell}).
 */
public final class AcledCsvExport {

    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");
    private static final Map<IncidentCategory, String[]> EVENT_TYPES = Map.ofEntries(
            Map.entry(IncidentCategory.GROUND_CLASH, new String[] {"Battles", "Armed clash"}),
            Map.entry(IncidentCategory.SMALL_ARMS_FIRE, new String[] {"Battles", "Armed clash"}),
            Map.entry(IncidentCategory.RAID, new String[] {"Battles", "Armed clash"}),
            Map.entry(IncidentCategory.AIR_STRIKE, new String[] {"Explosions/Remote violence", "Air/drone strike"}),
            Map.entry(IncidentCategory.DRONE, new String[] {"Explosions/Remote violence", "Air/drone strike"}),
            Map.entry(IncidentCategory.ROCKET_ARTILLERY, new String[] {"Explosions/Remote violence", "Shelling/artillery/missile attack"}),
            Map.entry(IncidentCategory.IED_SUICIDE, new String[] {"Explosions/Remote violence", "Remote explosive/landmine/IED"}),
            Map.entry(IncidentCategory.TROOP_MOVEMENT, new String[] {"Strategic developments", "Non-violent transfer of territory"}));
    /** ISO 3166-1 numeric codes and ACLED's country names for the countries the atlas covers. */
    private static final Map<String, String[]> COUNTRIES = Map.of("SY", new String[] {"760", "Syria"},
            "IQ", new String[] {"368", "Iraq"}, "JO", new String[] {"400", "Jordan"}, "TR", new String[] {"792", "Turkey"},
            "LB", new String[] {"422", "Lebanon"});

    private AcledCsvExport() {
    }

    /** Writes the header and one row per incident, in the order given; {@code exportedAt} is every row's timestamp. */
    public static void write(List<Incident> incidents, Instant exportedAt, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        for (Incident incident : incidents) {
            out.write(row(incident, exportedAt).stream().map(CsvCell::of).collect(Collectors.joining(",")));
            out.write("\r\n");
        }
    }

    private static List<String> row(Incident i, Instant exportedAt) {
        long days = ChronoUnit.DAYS.between(i.date().start(), i.date().end()) + 1;
        int timePrecision = i.date().precision() == DatePrecision.DAY || days == 1 ? 1 : days <= 7 ? 2 : 3;
        var day = timePrecision == 2 ? i.date().start().plusDays((days - 1) / 2) : i.date().start();
        String[] type = EVENT_TYPES.getOrDefault(i.category(), new String[] {"Strategic developments", "Other"});
        String[] country = COUNTRIES.getOrDefault(i.country(), new String[] {"", i.country()});
        int geo = switch (i.uncertainty().precision()) {
            case EXACT, TOWN -> 1;
            case DISTRICT -> 2;
            case REGION -> 3;
        };
        CasualtyCount civilians = i.casualties().civilians();
        boolean civiliansKilled = civilians != null && civilians.killed() != null && civilians.killed().max() > 0;
        return List.of(i.id(), day.toString(), String.valueOf(day.getYear()), String.valueOf(timePrecision),
                "Political violence", type[0], type[1], first(i.actors().sideA()), rest(i.actors().sideA()), "",
                first(i.actors().sideB()), rest(i.actors().sideB()), "", "", civiliansKilled ? "Civilian targeting" : "",
                country[0], "Middle East", country[1], "", "", "", i.place(),
                String.format(Locale.ROOT, "%.6f", i.location().getY()), String.format(Locale.ROOT, "%.6f", i.location().getX()),
                String.valueOf(geo), i.sources().stream().map(s -> s.title()).collect(Collectors.joining("; ")), "",
                i.title() + (i.summary() == null ? "" : ". " + i.summary()), String.valueOf(fatalities(i)), "",
                String.valueOf(exportedAt.getEpochSecond()));
    }

    private static int fatalities(Incident i) {
        return java.util.stream.Stream.of(i.casualties().sideA(), i.casualties().sideB(), i.casualties().civilians())
                .filter(Objects::nonNull).map(CasualtyCount::killed).filter(Objects::nonNull).mapToInt(Range::max).sum();
    }

    private static String first(List<String> actors) {
        return actors.isEmpty() ? "" : actors.getFirst();
    }

    private static String rest(List<String> actors) {
        return actors.size() < 2 ? "" : String.join("; ", actors.subList(1, actors.size()));
    }
}
