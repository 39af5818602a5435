package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.map.GeoJsonLayer;
import org.deconfliction.atlas.query.IncidentAnswer;
import org.deconfliction.atlas.query.IncidentQuery;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.deconfliction.atlas.query.QueryResult;
import org.deconfliction.atlas.query.SpatialCondition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rings around a question's answers tell inside from uncertain by their line, and never grow without bound. */
@SpringBootTest
class QuestionOverlayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    IncidentQueryService queries;

    @Test
    void eachAnswerIsRingedSolidWhenInsideAndDashedWhenUncertain() {
        QueryResult east = queries.run(IncidentQuery.all().withSpatial(new SpatialCondition.OnBank(BankSide.EAST)));
        assertThat(east.byCertainty()).containsKeys(SpatialAnswer.INSIDE, SpatialAnswer.UNCERTAIN);

        GeoJsonLayer rings = QuestionOverlay.ringLayer(east.answers());

        JsonNode features = JSON.readTree(rings.geoJson()).get("features");
        assertThat(features.size()).isEqualTo(east.total());
        for (int i = 0; i < east.total(); i++) {
            IncidentAnswer answer = east.answers().get(i);
            assertThat(features.get(i).get("id").asString()).isEqualTo(answer.incident().id());
            assertThat(features.get(i).at("/properties/answer").asString())
                    .isEqualTo(answer.answer() == SpatialAnswer.UNCERTAIN ? "uncertain" : "inside");
        }
        assertThat(rings.paintBy().values().get("uncertain").dashArray()).isNotBlank();
        assertThat(rings.paintBy().values().get("inside").dashArray()).isNull();
        assertThat(rings.paintBy().values().get("uncertain").color())
                .isNotEqualTo(rings.paintBy().values().get("inside").color());
    }

    @Test
    void aboveTheLimitNoAnswerIsRingedAndTheOverlaySaysSo() {
        IncidentAnswer one = queries.run(IncidentQuery.all()).answers().getFirst();

        GeoJsonLayer rings = QuestionOverlay.ringLayer(Collections.nCopies(QuestionOverlay.MAX_RINGS + 1, one));

        assertThat(JSON.readTree(rings.geoJson()).get("features").size()).isZero();
        assertThat(rings.title()).contains(String.valueOf(QuestionOverlay.MAX_RINGS + 1), "not ringed");
        assertThat(JSON.readTree(QuestionOverlay.ringLayer(List.of(one)).geoJson()).get("features").size()).isEqualTo(1);
    }
}
