package org.deconfliction.atlas.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.deconfliction.atlas.site.Site;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The reader for each import format, with the ACLED category table in force: the shipped one, or the file named by
 * {@code atlas.ingest.acled.category-table}.
 */
@Component
class ImportReaders {

    private final AcledCategoryTable categories;
    private final Supplier<Set<String>> siteIds;

    @Autowired
    ImportReaders(@Value("${atlas.ingest.acled.category-table:}") String categoryTable, SiteRepository sites) {
        this(categoryTable, () -> sites.findAll().stream().map(Site::id).collect(Collectors.toUnmodifiableSet()));
    }

    /** With the ids of the known sites, which an incident in the atlas's own GeoJSON form may name. */
    ImportReaders(String categoryTable, Supplier<Set<String>> siteIds) {
        this.categories = categoryTable.isBlank() ? AcledCategoryTable.shipped() : fromFile(Path.of(categoryTable));
        this.siteIds = siteIds;
    }

    /** Streams the file through the reader of the request's format into the sink; leaves the stream open. */
    void read(ImportRequest request, InputStream in, CandidateChecks checks, RowSink sink, LongConsumer progress) {
        InputStream open = new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller reads on, for the checksum
            }
        };
        switch (request.format()) {
            case ACLED -> new AcledReader(new AcledRow(categories, checks)).read(open, sink, progress);
            case CSV -> new CoordinateCsvReader(CsvMapping.of(request.mapping()), checks, request.fileName()).read(open, sink, progress);
            case GEOJSON -> new GeoJsonImportReader(new GeoJsonFeatureRow(CsvMapping.of(request.mapping()), checks,
                    request.fileName(), siteIds, GeoJsonFeatureRow.ID_PREFIX)).read(open, sink, progress);
            case GPKG -> new GeoPackageImportReader(new GeoJsonFeatureRow(CsvMapping.of(request.mapping()), checks,
                    request.fileName(), siteIds, GeoPackageImportReader.ID_PREFIX), request.layer()).read(open, sink, progress);
        }
    }

    private static AcledCategoryTable fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return AcledCategoryTable.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("the ACLED category table " + file + " cannot be read", e);
        }
    }
}
