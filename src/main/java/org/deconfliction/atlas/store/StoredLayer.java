package org.deconfliction.atlas.store;

/** The kinds of stored item, each a layer of the store: its table, its history table and its id column there. */
public enum StoredLayer {
    INCIDENTS("incident", "incidents", "incident_versions", "incident_id"),
    SITES("site", "sites", "site_versions", "site_id");

    private final String item;
    private final String table;
    private final String versionTable;
    private final String versionIdColumn;

    StoredLayer(String item, String table, String versionTable, String versionIdColumn) {
        this.item = item;
        this.table = table;
        this.versionTable = versionTable;
        this.versionIdColumn = versionIdColumn;
    }

    /** One item of the layer, as named in messages: {@code incident}, {@code site}. */
    public String item() {
        return item;
    }

    /** The table of the current versions, which is the GeoPackage layer. */
    public String table() {
        return table;
    }

    String versionTable() {
        return versionTable;
    }

    String versionIdColumn() {
        return versionIdColumn;
    }
}
