package org.deconfliction.atlas.ingest.ui;

import com.vaadin.flow.component.splitlayout.SplitLayout;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.ingest.ImportReport;
import org.deconfliction.atlas.ingest.PreviewRow;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.map.LatLng;
import org.deconfliction.atlas.map.LeafletMap;
import org.deconfliction.atlas.map.MapView;
import org.locationtech.jts.geom.Envelope;

/**
 * The preview of a file: its rows on a map in their own highlighted layer, over the incidents stored when it was read
 * (dimmed, clustered: {@link StoredIncidentTiles}), beside the grids of rows and rejects; picking a row in the grid
 * flies the map to it. Hidden until a file has been read.
 */
class ImportPreview extends SplitLayout {

    /** The zoom level a row picked in the grid is shown at. */
    private static final int PICKED_ZOOM = 9;

    private final LeafletMap map = new LeafletMap();
    private final StoredIncidentTiles stored = new StoredIncidentTiles(map);
    private final Supplier<? extends Collection<Incident>> storedNow;
    private GeoJsonLayer shown;
    private Path rejectsCsv;
    private final PreviewGrids grids = new PreviewGrids(row -> map.select(PreviewLayer.ID, PreviewLayer.featureId(row),
            PICKED_ZOOM));

    /** A preview whose map shows, under the rows, the incidents {@code storedNow} gives when a preview is shown. */
    ImportPreview(Supplier<? extends Collection<Incident>> storedNow) {
        this.storedNow = storedNow;
        addClassName("atlas-import-preview");
        map.setSizeFull();
        map.foldLegend(); // unfolded, it would cover a third of this narrow map and the rows under it
        addToPrimary(map);
        addToSecondary(grids);
        setSplitterPosition(45);
        setWidthFull();
        setMinHeight("28em");
        setVisible(false);
    }

    /**
     * Shows the rows listed (at most {@link ImportRun#LISTED}) and the report's rejects, offers {@code rejectsCsv}
     * (every rejected row; deleted when the preview is cleared) for download, and frames the rows over the incidents
     * stored now.
     */
    void show(ImportReport report, List<PreviewRow> rows, Path rejectsCsv) {
        ImportRun.delete(this.rejectsCsv);
        this.rejectsCsv = rejectsCsv;
        shown = PreviewLayer.of(rows);
        map.showGeoJson(shown);
        stored.show(storedNow.get());
        grids.show(rows, report.rowsRead() - report.rejected(), report.rejections(), report.rejected());
        Envelope extent = new Envelope();
        rows.forEach(row -> extent.expandToInclude(row.incident().location().getCoordinate()));
        if (!extent.isNull()) {
            double span = Math.max(0.05, Math.max(extent.getWidth(), extent.getHeight() * 1.3));
            int zoom = (int) Math.max(MapView.MIN_ZOOM, Math.min(11, Math.floor(Math.log(360 / span) / Math.log(2))));
            map.flyTo(new MapView(new LatLng(extent.centre().y, extent.centre().x), zoom));
        }
        setVisible(true);
    }

    /** Removes the rows and the stored incidents from the map, the grids, deletes the rejects file and hides the preview. */
    void clear() {
        ImportRun.delete(rejectsCsv);
        rejectsCsv = null;
        shown = PreviewLayer.of(List.of());
        map.showGeoJson(shown);
        stored.clear();
        grids.clear();
        setVisible(false);
    }

    /** The overlay of rows last sent to the map, for the view's tests. */
    GeoJsonLayer shownRows() {
        return shown;
    }

    /** The file of every rejected row of the preview shown; null when none is shown. */
    Path rejectsCsv() {
        return rejectsCsv;
    }

    /** The stored incidents under the rows, for the view's tests. */
    StoredIncidentTiles storedIncidents() {
        return stored;
    }

    LeafletMap map() {
        return map;
    }

    PreviewGrids grids() {
        return grids;
    }
}
