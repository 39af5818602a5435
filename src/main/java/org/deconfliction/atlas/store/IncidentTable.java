package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
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

    @Override
    public RowMapper<Incident> rowMapper() {
        return (row, n) -> incident(row);
    }

    private Incident incident(ResultSet row) throws SQLException {
        String timeOfDay = row.getString("time_of_day");
        return new Incident(
                row.getString("id"),
                row.getString("title"),
                row.getString("summary"),
                Codes.of(IncidentCategory.values(), IncidentCategory::code, row.getString("category")),
                new Actors(JsonColumns.strings(row.getString("actors_side_a")), JsonColumns.strings(row.getString("actors_side_b"))),
                Codes.of(Opponent.values(), Opponent::code, row.getString("opponent")),
                new Casualties(side(row, "side_a"), side(row, "side_b"), side(row, "civilians"), row.getString("casualties_note")),
                row.getString("place"),
                row.getString("site_id"),
                dialect.readPoint(row, "geom"),
                new LocationUncertainty(
                        Codes.of(LocationPrecision.values(), LocationPrecision::code, row.getString("location_precision")),
                        row.getDouble("uncertainty_metres")),
                new IncidentDate(
                        Codes.of(DatePrecision.values(), DatePrecision::code, row.getString("date_precision")),
                        dialect.readDate(row, "date_start"), dialect.readDate(row, "date_end"), row.getString("date_note")),
                timeOfDay == null ? null : LocalTime.parse(timeOfDay),
                row.getString("country"),
                JsonColumns.sources(row.getString("sources")),
                JsonColumns.strings(row.getString("disagreements")));
    }

    private static CasualtyCount side(ResultSet row, String side) throws SQLException {
        if (!row.getBoolean(side + "_reported")) {
            return null;
        }
        return new CasualtyCount(range(row, side + "_killed"), range(row, side + "_wounded"));
    }

    private static Range range(ResultSet row, String column) throws SQLException {
        int min = row.getInt(column + "_min");
        if (row.wasNull()) {
            return null;
        }
        return new Range(min, row.getInt(column + "_max"));
    }
}
