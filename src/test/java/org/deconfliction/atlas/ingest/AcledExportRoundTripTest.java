package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deconfliction.atlas.export.AcledCsvExport;
import org.deconfliction.atlas.geodata.GeodataFiles;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.GeodataIncidentRepository;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.site.GeodataSiteRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The ACLED-shaped export of the shipped incidents (plus one with Arabic names), written into a temporary file and
 * read by the atlas's own ACLED import: every row is read, none rejected, and each keeps its place, point, first day
 * (for day-precise incidents) and, where the ACLED event types tell them apart, its category.
 */
class AcledExportRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void theShippedIncidentsExportedAsAcledCsvAreReadBackByTheAcledImport() throws Exception {
        GeodataFiles files = new GeodataFiles(new DefaultResourceLoader(), Path.of("geodata").toUri().toString());
        List<Incident> incidents = new ArrayList<>(new GeodataIncidentRepository(files, new GeodataSiteRepository(files)).findAll());
        Incident first = incidents.getFirst();
        incidents.add(new Incident("deir-ez-zor-bridge", "قصف قرب الجسر", "ضربة بطائرة مسيّرة.", first.category(),
                first.actors(), first.opponent(), first.casualties(), "دير الزور", null, first.location(), first.uncertainty(),
                first.date(), null, "SY", first.sources(), List.of()));
        Path file = folder.resolve("atlas-acled.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            AcledCsvExport.write(incidents, Instant.parse("2026-01-01T00:00:00Z"), out);
        }

        ReadFixtures read = ReadFixtures.read(file, ImportFormat.ACLED, Map.of());
        assertThat(read.rejections).isEmpty();
        assertThat(read.rows).hasSameSizeAs(incidents);
        Map<String, Incident> byExternalId = read.rows.stream().collect(Collectors.toMap(ImportRow::externalId, ImportRow::incident));
        Set<IncidentCategory> lossy = EnumSet.of(IncidentCategory.DRONE, IncidentCategory.RAID, IncidentCategory.SMALL_ARMS_FIRE,
                IncidentCategory.VEHICLE_COLLISION, IncidentCategory.OTHER);
        for (Incident original : incidents) {
            Incident back = byExternalId.get(original.id());
            assertThat(back).as(original.id()).isNotNull();
            assertThat(back.place()).isEqualTo(original.place());
            assertThat(back.location()).isEqualTo(original.location());
            if (original.date().precision() == DatePrecision.DAY) {
                assertThat(back.date().start()).as(original.id()).isEqualTo(original.date().start());
            }
            if (!lossy.contains(original.category())) {
                assertThat(back.category()).as(original.id()).isEqualTo(original.category());
            }
        }
        assertThat(byExternalId.get("deir-ez-zor-bridge").summary()).contains("قصف قرب الجسر");
        assertThat(Files.readString(file).lines().findFirst().orElseThrow()).startsWith("event_id_cnty,event_date,year,time_precision");
    }
}
