package org.deconfliction.atlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An import followed by a watcher, as the import screen follows it: every classified row with its status and
 * differing fields, the rows read, and a cancel that stops the reading and stores nothing.
 */
@SpringBootTest(properties = "atlas.test.context=import-service-contract")
class ImportWatcherTest {

    @Autowired
    ImportService imports;

    @Autowired
    IncidentRepository incidents;

    private static String rows(List<String> rows) {
        return "id,title,date,place,lat,lon,category\n" + String.join("\n", rows) + "\n";
    }

    private ImportReport csv(String text, boolean dryRun, ImportWatcher watcher) {
        return imports.run(new ImportRequest("watched.csv", ImportFormat.CSV, Map.of(), dryRun, true, true),
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "editor-ed", watcher);
    }

    @Test
    void theWatcherHearsEachRowClassifiedWithTheFieldsThatDiffer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        csv(rows(List.of("a-" + tag + ",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash",
                "b-" + tag + ",Drone over al-Tanf,2019-04-01,al-Tanf,33.5,38.65,drone")), false, new ImportWatcher() { });
        List<PreviewRow> heard = new ArrayList<>();
        AtomicLong read = new AtomicLong();
        ImportReport preview = csv(rows(List.of(
                "a-" + tag + ",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash",
                "b-" + tag + ",Drone shot down over al-Tanf,2019-04-01,al-Tanf,33.5,38.65,drone",
                "c-" + tag + ",Rockets at al-Omar,2019-05-01,al-Omar,35.1,40.55,rocket")), true, new ImportWatcher() {
                    @Override
                    public void rowsRead(long rows) {
                        read.set(rows);
                    }

                    @Override
                    public void row(PreviewRow row) {
                        heard.add(row);
                    }
                });

        assertThat(heard).extracting(PreviewRow::line, PreviewRow::externalId, PreviewRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "a-" + tag, "unchanged"),
                org.assertj.core.groups.Tuple.tuple(3L, "b-" + tag, "changed"),
                org.assertj.core.groups.Tuple.tuple(4L, "c-" + tag, "new"));
        assertThat(heard.get(1).fields()).extracting(f -> f.field()).containsExactly("title");
        assertThat(heard.get(2).incident().title()).isEqualTo("Rockets at al-Omar");
        assertThat(read.get()).isEqualTo(3);
        assertThat(preview).extracting(ImportReport::unchanged, ImportReport::changed, ImportReport::fresh)
                .containsExactly(1L, 1L, 1L);
    }

    @Test
    void aCancelStopsTheReadingAndStoresNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            lines.add("k" + i + "-" + tag + ",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash");
        }
        AtomicLong heardRows = new AtomicLong();
        ImportWatcher cancelAfterTheFirstThousand = new ImportWatcher() {
            @Override
            public void row(PreviewRow row) {
                heardRows.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return heardRows.get() >= 1000;
            }
        };
        long importsBefore = imports.imports().size();

        assertThatThrownBy(() -> csv(rows(lines), false, cancelAfterTheFirstThousand))
                .isInstanceOf(ImportCancelledException.class)
                .hasMessage("The import was cancelled after 1000 rows; nothing was stored.");

        assertThat(heardRows.get()).isEqualTo(1000);
        assertThat(incidents.findById("csv-k0-" + tag)).isEmpty();
        assertThat(imports.imports()).hasSize((int) importsBefore);
    }

    @Test
    void aCancelAfterTheLastRowStillStoresNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AtomicLong asked = new AtomicLong();
        ImportWatcher cancelledOnceRead = new ImportWatcher() {
            @Override
            public void rowsRead(long rows) {
                asked.set(rows);
            }

            @Override
            public boolean cancelled() {
                return asked.get() == 1;
            }
        };

        assertThatThrownBy(() -> csv(rows(List.of("z-" + tag + ",Patrol fired on,2019-03-01,Qamishli,37.05,41.22,ground-clash")),
                false, cancelledOnceRead)).isInstanceOf(ImportCancelledException.class);

        assertThat(incidents.findById("csv-z-" + tag)).isEmpty();
    }
}
