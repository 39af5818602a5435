package org.deconfliction.atlas.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.LocatedItem;
import org.deconfliction.atlas.store.StatementBatch;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The {@code incident_attributes} table of the store's database (embedded GeoPackage or PostGIS alike): each
 * incident's derived attributes with the place, radius and reference fingerprint they were derived from. Writes are
 * upserts in batches of {@value #BATCH}, idempotent; the last write of a row wins, which is safe because a reader
 * takes a row only when its place, radius and fingerprint match the incident as it is.
 */
@Repository
class StoredAttributes {

    static final int BATCH = 1_000;

    /** One row: what it was derived from, and what was derived. */
    record Row(LocatedItem item, long version, ItemAttributes attributes) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations transactions;

    StoredAttributes(JdbcOperations jdbc, TransactionOperations transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * The attributes derived against the reference fingerprint, by incident id, with the place and radius each was
     * derived from (rows of other fingerprints are left out); empty when there are none. Equal nearest-site ids are
     * one string.
     */
    Map<String, Row> read(String reference) {
        Map<String, Row> rows = new HashMap<>();
        Map<String, String> siteIds = new HashMap<>();
        jdbc.query("SELECT incident_id, version, longitude, latitude, uncertainty_m, bank, bank_certain, river_km, "
                + "nearest_site, nearest_site_km FROM incident_attributes WHERE reference = ?", result -> {
                    String id = result.getString(1);
                    double siteKm = result.getDouble(10);
                    siteKm = result.wasNull() ? Double.NaN : siteKm;
                    rows.put(id, new Row(new LocatedItem(id, org.deconfliction.atlas.geodesy.Wgs84.point(
                            result.getDouble(3), result.getDouble(4)), result.getDouble(5)), result.getLong(2),
                            new ItemAttributes(id, BankSide.valueOf(result.getString(6)), result.getInt(7) == 1,
                                    result.getDouble(8), shared(siteIds, result.getString(9)), siteKm)));
                }, reference);
        return rows;
    }

    /** The site id read before that equals this one, so a million rows hold each site's id once; null stays null. */
    private static String shared(Map<String, String> siteIds, String id) {
        return id == null ? null : siteIds.computeIfAbsent(id, read -> read);
    }

    /** Writes the rows, derived against the reference fingerprint, in batches of one transaction each; none is fine. */
    void write(List<Row> rows, String reference) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream().map(row -> {
                ItemAttributes a = row.attributes();
                return new Object[] {row.item().id(), row.version(), row.item().point().getX(), row.item().point().getY(),
                    row.item().uncertaintyMetres(), reference, a.bank().name(), a.bankCertain() ? 1 : 0,
                    a.riverDistanceKm(), a.nearestSiteId(), Double.isNaN(a.nearestSiteKm()) ? null : a.nearestSiteKm()};
            }).toList();
            transactions.executeWithoutResult(status -> StatementBatch.run(jdbc, "INSERT INTO incident_attributes (incident_id, version, longitude, latitude, uncertainty_m, "
                    + "reference, bank, bank_certain, river_km, nearest_site, nearest_site_km) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET "
                    + "version = excluded.version, longitude = excluded.longitude, latitude = excluded.latitude, "
                    + "uncertainty_m = excluded.uncertainty_m, reference = excluded.reference, bank = excluded.bank, "
                    + "bank_certain = excluded.bank_certain, river_km = excluded.river_km, "
                    + "nearest_site = excluded.nearest_site, nearest_site_km = excluded.nearest_site_km", batch));
        }
    }

    /** Removes the rows of these incidents (deleted ones); unknown ids are ignored. */
    void remove(List<String> ids) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Object[]> batch = ids.subList(from, Math.min(ids.size(), from + BATCH)).stream()
                    .map(id -> new Object[] {id}).toList();
            transactions.executeWithoutResult(status -> StatementBatch.run(jdbc, "DELETE FROM incident_attributes WHERE incident_id = ?", batch));
        }
    }
}
