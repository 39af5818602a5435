package org.deconfliction.atlas.query.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.function.SerializableComparator;
import com.vaadin.flow.function.SerializablePredicate;
import org.deconfliction.atlas.query.IncidentAnswer;

/**
 * A column of the answers' grid whose unknown values (no dead reported, no bank outside the area, no nearest site)
 * sort after the known ones whichever way the column is sorted; known values sort by the column's comparator.
 */
final class UnknownLastColumn extends Grid.Column<IncidentAnswer> {

    private SerializablePredicate<IncidentAnswer> unknown = answer -> false;

    UnknownLastColumn(Grid<IncidentAnswer> grid, String columnId, Renderer<IncidentAnswer> renderer) {
        super(grid, columnId, renderer);
    }

    /** Which answers have no value in this column. */
    UnknownLastColumn unknownWhen(SerializablePredicate<IncidentAnswer> test) {
        this.unknown = test;
        return this;
    }

    @Override
    public SerializableComparator<IncidentAnswer> getComparator(SortDirection direction) {
        SerializableComparator<IncidentAnswer> known = super.getComparator(direction);
        SerializablePredicate<IncidentAnswer> missing = unknown;
        return (a, b) -> {
            boolean aMissing = missing.test(a);
            boolean bMissing = missing.test(b);
            if (aMissing || bMissing) {
                return Boolean.compare(aMissing, bMissing);
            }
            return known.compare(a, b);
        };
    }
}
