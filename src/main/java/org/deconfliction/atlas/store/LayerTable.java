package org.deconfliction.atlas.store;

import java.time.Instant;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.node.ObjectNode;

/** The table of one layer's current versions and how its items are written, read and kept in the history. */
interface LayerTable<T> {

    StoredLayer layer();

    /** The SELECT of every row with {@code id}, {@code version}, {@code deleted} and what {@link #rowMapper()} reads. */
    String select();

    /** The INSERT of a new row: parameters id, then {@link #values}. */
    String insert();

    /** The UPDATE of a row at an expected version: parameters {@link #values}, then deleted, id and the expected version. */
    String update();

    Object[] values(T item, long version, Instant at, String by);

    RowMapper<T> rowMapper();

    String id(T item);

    /** The item as the GeoJSON Feature its history keeps. */
    ObjectNode feature(T item);

    /**
     * The item read back from a GeoJSON Feature, as strictly as the shipped geodata is read.
     *
     * @throws org.deconfliction.atlas.geodata.GeodataException naming the field at fault
     */
    T read(String feature);
}
