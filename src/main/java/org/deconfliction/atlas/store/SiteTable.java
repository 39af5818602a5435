package org.deconfliction.atlas.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.LocationUncertainty;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteGeoJson;
import org.deconfliction.atlas.site.SiteKind;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.node.ObjectNode;

/** The {@code sites} table: its columns, the values a site is written with, and a site read back from a row. */
final class SiteTable implements LayerTable<Site> {

    /** The value columns, in the order of {@link #values}. */
    static final List<String> COLUMNS = List.of("name", "alternate_names", "kind", "description",
            "location_precision", "uncertainty_metres", "held", "country", "sources");

    private final StoreDialect dialect;

    SiteTable(StoreDialect dialect) {
        this.dialect = dialect;
    }

    /** The SQL selecting what {@link #rowMapper()} reads, from every row, deleted ones included. */
    @Override
    public String select() {
        return "SELECT id, version, deleted, " + dialect.pointSelect("geom") + " AS geom, " + String.join(", ", COLUMNS) + " FROM sites";
    }

    /** An INSERT of a new site at the given version. */
    @Override
    public String insert() {
        return "INSERT INTO sites (id, version, changed_at, changed_by, geom, " + String.join(", ", COLUMNS)
                + ") VALUES (?, ?, ?, ?, " + dialect.pointParameter() + ", " + "?, ".repeat(COLUMNS.size() - 1) + "?)";
    }

    /** An UPDATE of a row whose version is still the expected one: parameters {@link #values}, then deleted, id and the expected version. */
    @Override
    public String update() {
        return "UPDATE sites SET version = ?, changed_at = ?, changed_by = ?, geom = " + dialect.pointParameter() + ", "
                + String.join(" = ?, ", COLUMNS) + " = ?, deleted = ? WHERE id = ? AND version = ?";
    }

    /** Version, time, author, point and value columns, in the order of {@link #insert()} after the id and of {@link #update()}. */
    @Override
    public Object[] values(Site site, long version, Instant at, String by) {
        return new Object[] {
                version, dialect.instantValue(at), by, dialect.pointValue(site.location()),
                site.name(), dialect.jsonValue(JsonColumns.strings(site.alternateNames())), site.kind().code(),
                site.description(), site.uncertainty().precision().code(), site.uncertainty().radiusMetres(),
                dialect.jsonValue(JsonColumns.held(site.held())), site.country(),
                dialect.jsonValue(JsonColumns.sources(site.sources()))};
    }

    @Override
    public StoredLayer layer() {
        return StoredLayer.SITES;
    }

    @Override
    public String id(Site item) {
        return item.id();
    }

    @Override
    public ObjectNode feature(Site item) {
        return SiteGeoJson.feature(item);
    }

    @Override
    public Site read(String feature) {
        return SiteGeoJson.read("site", feature);
    }

    @Override
    public RowMapper<Site> rowMapper() {
        return (row, n) -> site(row);
    }

    private Site site(ResultSet row) throws SQLException {
        return new Site(
                row.getString("id"),
                row.getString("name"),
                JsonColumns.strings(row.getString("alternate_names")),
                Codes.of(SiteKind.values(), SiteKind::code, row.getString("kind")),
                row.getString("description"),
                dialect.readPoint(row, "geom"),
                new LocationUncertainty(
                        Codes.of(LocationPrecision.values(), LocationPrecision::code, row.getString("location_precision")),
                        row.getDouble("uncertainty_metres")),
                JsonColumns.held(row.getString("held")),
                row.getString("country"),
                JsonColumns.sources(row.getString("sources")));
    }
}
