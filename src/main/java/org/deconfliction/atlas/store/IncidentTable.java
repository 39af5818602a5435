package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.Actors;
import org.deconfliction.atlas.incident.Casualties;
import org.deconfliction.atlas.incident.CasualtyCount;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.IncidentDate;
import org.deconfliction.atlas.incident.IncidentGeoJson;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.incident.Range;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code incidents} table: its columns, the values an incident is written with, and an incident read back from
 * a row. Casualties are typed columns per side ({@code side_a_killed_min} ...), with a {@code _reported} flag that
 * tells "the sources do not say" (no count at all) from a count whose figures are unknown.
 */
final class IncidentTable implements LayerTable<Incident> {

    private static final List<String> SIDES = List.of("side_a", "side_b", "civilians");

    /** Per side, its {@code _reported}, killed min and max, wounded min and max columns. */
    private static final String[][] SIDE_COLUMNS = SIDES.stream().map(side -> new String[] {side + "_reported",
        side + "_killed_min", side + "_killed_max", side + "_wounded_min", side + "_wounded_max"}).toArray(String[][]::new);

    /** The value columns, in the order of {@link #values}. */
    static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(List.of("title", "summary", "category", "opponent", "actors_side_a", "actors_side_b"));
        for (String side : SIDES) {
            columns.addAll(List.of(side + "_reported", side + "_killed_min", side + "_killed_max",
                    side + "_wounded_min", side + "_wounded_max"));
        }
        columns.addAll(List.of("casualties_note", "place", "site_id", "location_precision", "uncertainty_metres",
                "date_precision", "date_start", "date_end", "date_note", "time_of_day", "country", "sources", "disagreements"));
        COLUMNS = List.copyOf(columns);
    }

    /** Decoders of text columns, one instance each, so that {@link RepeatedValues} knows them again. */
    private static final Function<String, List<String>> STRINGS = json -> List.copyOf(JsonColumns.strings(json));
    private static final Function<String, List<SourceReference>> SOURCES = json -> List.copyOf(JsonColumns.sources(json));
    private static final Function<String, LocalTime> TIME_OF_DAY = LocalTime::parse;

    private final StoreDialect dialect;
    private final Supplier<Set<String>> siteIds;

    /** A table whose incidents may name the sites whose ids {@code siteIds} gives at the time of reading. */
    IncidentTable(StoreDialect dialect, Supplier<Set<String>> siteIds) {
        this.dialect = dialect;
        this.siteIds = siteIds;
    }

    /** The SQL selecting what {@link #rowMapper()} reads, from every row, deleted ones included. */
    @Override
    public String select() {
        return "SELECT id, version, deleted, " + dialect.pointSelect("geom") + " AS geom, " + String.join(", ", COLUMNS)
                + " FROM incidents";
    }

    /** An INSERT of a new, not deleted incident: parameters id, then {@link #values}. */
    @Override
    public String insert() {
        return "INSERT INTO incidents (id, version, changed_at, changed_by, geom, " + String.join(", ", COLUMNS)
                + ") VALUES (?, ?, ?, ?, " + dialect.pointParameter() + ", " + "?, ".repeat(COLUMNS.size() - 1) + "?)";
    }

    /**
     * An UPDATE of a row whose version is still the expected one, setting its values and whether it is deleted:
     * parameters {@link #values}, then deleted, id and the expected version.
     */
    @Override
    public String update() {
        return "UPDATE incidents SET version = ?, changed_at = ?, changed_by = ?, geom = " + dialect.pointParameter()
                + ", " + String.join(" = ?, ", COLUMNS) + " = ?, deleted = ? WHERE id = ? AND version = ?";
    }

    /** Version, time, author, point and value columns, in the order of {@link #insert()} after the id and of {@link #update()}. */
    @Override
    public Object[] values(Incident incident, long version, Instant at, String by) {
        List<Object> values = new ArrayList<>(List.of(version, dialect.instantValue(at), by, dialect.pointValue(incident.location())));
        values.add(incident.title());
        values.add(incident.summary());
        values.add(incident.category().code());
        values.add(incident.opponent().code());
        values.add(dialect.jsonValue(JsonColumns.strings(incident.actors().sideA())));
        values.add(dialect.jsonValue(JsonColumns.strings(incident.actors().sideB())));
        Casualties casualties = incident.casualties();
        for (CasualtyCount side : new CasualtyCount[] {casualties.sideA(), casualties.sideB(), casualties.civilians()}) {
            values.add(side != null);
            Range killed = side == null ? null : side.killed();
            Range wounded = side == null ? null : side.wounded();
            values.add(killed == null ? null : killed.min());
            values.add(killed == null ? null : killed.max());
            values.add(wounded == null ? null : wounded.min());
            values.add(wounded == null ? null : wounded.max());
        }
        values.add(casualties.note());
        values.add(incident.place());
        values.add(incident.siteId());
        values.add(incident.uncertainty().precision().code());
        values.add(incident.uncertainty().radiusMetres());
        values.add(incident.date().precision().code());
        values.add(dialect.dateValue(incident.date().start()));
        values.add(dialect.dateValue(incident.date().end()));
        values.add(incident.date().note());
        values.add(incident.timeOfDay() == null ? null : incident.timeOfDay().toString());
        values.add(incident.country());
        values.add(dialect.jsonValue(JsonColumns.sources(incident.sources())));
        values.add(dialect.jsonValue(JsonColumns.strings(incident.disagreements())));
        return values.toArray();
    }

    @Override
    public StoredLayer layer() {
        return StoredLayer.INCIDENTS;
    }

    @Override
    public String id(Incident item) {
        return item.id();
    }

    @Override
    public ObjectNode feature(Incident item) {
        return IncidentGeoJson.feature(item);
    }

    @Override
    public Incident read(String feature) {
        return IncidentGeoJson.read("incident", feature, siteIds.get());
    }

    /** Reads incidents, each query's repeated values kept once ({@link RepeatedValues}). */
    @Override
    public RowMapper<Incident> rowMapper() {
        return rowMapper(new RepeatedValues());
    }

    /** Reads incidents whose repeated values are kept once in {@code values}, which may serve several queries at once. */
    RowMapper<Incident> rowMapper(RepeatedValues values) {
        return (row, n) -> incident(row, values);
    }

    private Incident incident(ResultSet row, RepeatedValues values) throws SQLException {
        String timeOfDay = row.getString("time_of_day");
        return new Incident(
                row.getString("id"),
                values.shared(row.getString("title")),
                row.getString("summary"),
                Codes.of(IncidentCategory.values(), IncidentCategory::code, row.getString("category")),
                values.shared(new Actors(values.decoded(row.getString("actors_side_a"), STRINGS),
                        values.decoded(row.getString("actors_side_b"), STRINGS))),
                Codes.of(Opponent.values(), Opponent::code, row.getString("opponent")),
                values.shared(new Casualties(side(row, 0), side(row, 1), side(row, 2),
                        row.getString("casualties_note"))),
                values.shared(row.getString("place")),
                values.shared(row.getString("site_id")),
                dialect.readPoint(row, "geom"),
                values.shared(new LocationUncertainty(
                        Codes.of(LocationPrecision.values(), LocationPrecision::code, row.getString("location_precision")),
                        row.getDouble("uncertainty_metres"))),
                values.shared(new IncidentDate(
                        Codes.of(DatePrecision.values(), DatePrecision::code, row.getString("date_precision")),
                        date(row, "date_start", values), date(row, "date_end", values),
                        row.getString("date_note"))),
                timeOfDay == null ? null : values.decoded(timeOfDay, TIME_OF_DAY),
                values.shared(row.getString("country")),
                values.decoded(row.getString("sources"), SOURCES),
                values.decoded(row.getString("disagreements"), STRINGS));
    }

    /** The date in the column, through the dialect, read once per distinct stored text. */
    private LocalDate date(ResultSet row, String column, RepeatedValues values) throws SQLException {
        String text = row.getString(column);
        LocalDate date = values.known(text, LocalDate.class);
        return date != null ? date : values.remember(text, values.shared(dialect.readDate(row, column)));
    }

    private static CasualtyCount side(ResultSet row, int side) throws SQLException {
        if (!row.getBoolean(SIDE_COLUMNS[side][0])) {
            return null;
        }
        return new CasualtyCount(range(row, SIDE_COLUMNS[side][1], SIDE_COLUMNS[side][2]),
                range(row, SIDE_COLUMNS[side][3], SIDE_COLUMNS[side][4]));
    }

    private static Range range(ResultSet row, String minColumn, String maxColumn) throws SQLException {
        int min = row.getInt(minColumn);
        if (row.wasNull()) {
            return null;
        }
        return new Range(min, row.getInt(maxColumn));
    }
}
