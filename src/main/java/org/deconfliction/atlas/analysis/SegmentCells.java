package org.deconfliction.atlas.analysis;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.DoubleBinaryOperator;
import org.locationtech.jts.geom.Envelope;

/**
 * For each cell of longitude/latitude near a line, the few segments that can hold the
 * nearest point of the line to some point of the cell, found once per cell on first use. With c the cell's centre,
 * D the line's exact distance from c and r a bound on the distance between any two points of the cell, every point
 * of the cell lies within D + r of the line (triangle inequality), and a segment whose distance from c is at least
 * D + 2r cannot be nearest. Cells cover the line's extent widened by {@value #REACH_DEGREES}° on every side;
 * beyond it there are none.
 */
final class SegmentCells {

    static final double REACH_DEGREES = 5;
    /**
     * A cell's candidate segments, ascending by {@code lowest}: the least distance in metres any of them can have
     * from any point of the cell, so that a search holding a distance below {@code lowest[k]} can stop at k.
     */
    record Cell(int[] segments, double[] lowest) {
    }

    private static final Cell NONE = new Cell(new int[0], new double[0]);

    private final GeodesicSegments segments;
    /** The exact distance in metres from a point (longitude, latitude) to the line, by a search of every segment. */
    private final DoubleBinaryOperator exactMetres;
    private final double cellDegrees;
    private final double west;
    private final double south;
    private final int columns;
    private final int rows;
    /**
     * The cells in blocks of {@value #BLOCK} × {@value #BLOCK}, each block made on the first use of one of its cells,
     * so a line across the whole map costs no array of every cell (which would be tens of millions) until used.
     */
    private final AtomicReferenceArray<AtomicReferenceArray<Cell>> blocks;
    private final int blockColumns;
    private static final int BLOCK = 64;

    /** Cells {@code cellDegrees} wide and high, each bounded by {@code exactMetres} at its centre. */
    SegmentCells(GeodesicSegments segments, double cellDegrees, DoubleBinaryOperator exactMetres) {
        this.segments = segments;
        this.cellDegrees = cellDegrees;
        this.exactMetres = exactMetres;
        Envelope extent = segments.extent();
        this.west = Math.floor((extent.getMinX() - REACH_DEGREES) / cellDegrees) * cellDegrees;
        this.south = Math.floor((Math.max(-89, extent.getMinY() - REACH_DEGREES)) / cellDegrees) * cellDegrees;
        double east = Math.min(west + 360, extent.getMaxX() + REACH_DEGREES);
        double north = Math.min(89, extent.getMaxY() + REACH_DEGREES);
        this.columns = (int) Math.ceil((east - west) / cellDegrees);
        this.rows = (int) Math.ceil((north - south) / cellDegrees);
        this.blockColumns = (columns + BLOCK - 1) / BLOCK;
        this.blocks = new AtomicReferenceArray<>(blockColumns * ((rows + BLOCK - 1) / BLOCK));
    }

    /** The candidate segments for a point (degrees), nearest to the cell's centre first; null beyond the cells. */
    Cell candidates(double lon, double lat) {
        int column = (int) Math.floor((lon - west) / cellDegrees);
        int row = (int) Math.floor((lat - south) / cellDegrees);
        if (column < 0 || column >= columns || row < 0 || row >= rows) {
            return null;
        }
        int b = (row / BLOCK) * blockColumns + column / BLOCK;
        AtomicReferenceArray<Cell> block = blocks.get(b);
        if (block == null) {
            blocks.compareAndSet(b, null, new AtomicReferenceArray<>(BLOCK * BLOCK));
            block = blocks.get(b);
        }
        int k = (row % BLOCK) * BLOCK + column % BLOCK;
        Cell found = block.get(k);
        if (found == null) {
            found = cell(column, row);
            block.compareAndSet(k, null, found);
        }
        return found;
    }

    private Cell cell(int column, int row) {
        Envelope box = new Envelope(west + column * cellDegrees, west + (column + 1) * cellDegrees,
                south + row * cellDegrees, south + (row + 1) * cellDegrees);
        double lon = box.centre().x;
        double lat = box.centre().y;
        double across = EllipsoidScale.diagonalUpperBound(box);
        double reach = exactMetres.applyAsDouble(lon, lat) + across;
        int[] near = segments.candidates(EllipsoidScale.expand(box, reach));
        if (near.length == 0) {
            return NONE;
        }
        double[] fromCentre = new double[near.length];
        int kept = 0;
        for (int i : near) {
            double approximate = segments.approximateMetres(i, lon, lat);
            double lowest = approximate - segments.tightMargin(i, approximate, lat);
            if (lowest - across <= reach) {
                near[kept] = i;
                fromCentre[kept++] = lowest;
            }
        }
        Integer[] order = new Integer[kept];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (x, y) -> Double.compare(fromCentre[x], fromCentre[y]));
        int[] sorted = new int[kept];
        double[] bounds = new double[kept];
        for (int k = 0; k < kept; k++) {
            sorted[k] = near[order[k]];
            bounds[k] = fromCentre[order[k]] - across;
        }
        return new Cell(sorted, bounds);
    }
}
