package org.deconfliction.atlas.query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.deconfliction.atlas.Application;
import org.deconfliction.atlas.BenchmarkFolder;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnalysis;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentFilter;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.incident.SyntheticIncidents;
import org.deconfliction.atlas.site.SiteRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first "east of the Euphrates" and "within 1 km of Conoco" after start-up, without and with the stored derived
 * attributes, and what reading the attributes table costs (a plain {@code main}, not a test; see BENCHMARKS.md). The
 * incidents are {@link SyntheticIncidents} (seed 42, default 100,000) held in a list; the attributes table is the
 * embedded store's, in a fresh data folder under target/ deleted at the end.
 */
public final class StoredAttributesBenchmark {

    private StoredAttributesBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException, java.io.IOException {
        int size = args.length == 0 ? 100_000 : Integer.parseInt(args[0].replace("_", ""));
        try (BenchmarkFolder folder = BenchmarkFolder.in(Path.of("target", "benchmark-data"), "stored-attributes-");
                ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--atlas.data.folder=" + folder.path(), "--spring.main.banner-mode=off",
                        "--vaadin.productionMode=true")) {
            SpatialAnalysis analysis = app.getBean(SpatialAnalysis.class);
            SiteRepository sites = app.getBean(SiteRepository.class);
            StoredAttributes table = app.getBean(StoredAttributes.class);
            List<Incident> patterns = app.getBean(IncidentRepository.class).findAll();
            IncidentRepository incidents = new ListedIncidents(new SyntheticIncidents(sites.findAll(), patterns, 42).stream(size).toList());
            AnalysisBudget budget = AnalysisBudget.of(Duration.ofMinutes(10), 1);

            long start = System.nanoTime();
            IncidentQueryService plain = new IncidentQueryService(incidents, analysis, budget);
            print(size, "without stored attributes: start (index build)", ms(start));
            first(size, "without: first east of the Euphrates", plain, new SpatialCondition.OnBank(BankSide.EAST));
            first(size, "without: first within 1 km of Conoco", new IncidentQueryService(incidents, analysis, budget),
                    new SpatialCondition.NearSite("conoco", 1));

            AttributeKeeping keeping = new AttributeKeeping(table);
            start = System.nanoTime();
            new IncidentQueryService(incidents, analysis, budget, keeping);
            keeping.awaitWrites(600_000);
            print(size, "first start with an empty table: derive and write all", ms(start));

            start = System.nanoTime();
            int rows = table.read(analysis.referenceFingerprint()).size();
            print(size, "reading the attributes table (" + rows + " rows)", ms(start));
            start = System.nanoTime();
            IncidentQueryService kept = new IncidentQueryService(incidents, analysis, budget, keeping);
            print(size, "with stored attributes: start (read + index build)", ms(start));
            first(size, "with: first east of the Euphrates", kept, new SpatialCondition.OnBank(BankSide.EAST));
            first(size, "with: first within 1 km of Conoco", new IncidentQueryService(incidents, analysis, budget, keeping),
                    new SpatialCondition.NearSite("conoco", 1));
            keeping.destroy();
        }
    }

    private static void first(int size, String what, IncidentQueryService queries, SpatialCondition condition) {
        long start = System.nanoTime();
        int answers = queries.run(IncidentFilter.all(), () -> condition).answers().size();
        print(size, what + " (" + answers + " answers)", ms(start));
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void print(int size, String what, double ms) {
        System.out.printf(Locale.ROOT, "%,9d  %-62s %,10.0f ms%n", size, what, ms);
    }
}
