package org.deconfliction.atlas.ingest.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.browserless.ViewPackages;
import java.time.Instant;
import java.util.List;
import org.deconfliction.atlas.ingest.ImportReport;
import org.junit.jupiter.api.Test;

/**
 * The "Past imports" table on its own, without a browser or a store: with no import recorded it says so in a
 * sentence instead of showing bare headers; once an import is recorded it lists it.
 */
@ViewPackages(packages = "org.deconfliction.atlas.ingest.ui.none") // no view of the application is started
class ImportHistoryTest extends BrowserlessTest {

    private static ImportReport committed() {
        return new ImportReport(7L, "acled-export.csv", "acled", "ab".repeat(32), "valid-only", "committed", "edna",
                Instant.parse("2026-12-03T08:00:00Z"), 9, 6, 3, 0, 0, 3, 0, List.of(), List.of());
    }

    @Test
    void withoutAnyImportTheTableSaysThereIsNoneYet() {
        ImportHistory history = new ImportHistory(report -> { }, id -> List.of());
        UI.getCurrent().add(history);

        history.show(List.of());

        assertThat(test(history.grid()).size()).isZero();
        assertThat(history.grid().getEmptyStateText()).startsWith("No import yet.");
        assertThat(history.grid().getElement().getChildren()
                .filter(child -> "empty-state".equals(child.getAttribute("slot")))
                .map(child -> child.getComponent().orElseThrow()))
                .singleElement().isInstanceOf(Span.class)
                .extracting(component -> ((Span) component).getText()).isEqualTo(ImportHistory.EMPTY);
    }

    @Test
    void aRecordedImportIsListedWithItsCounts() {
        ImportHistory history = new ImportHistory(report -> { }, id -> List.of());
        UI.getCurrent().add(history);

        history.show(List.of(committed()));

        assertThat(test(history.grid()).size()).isEqualTo(1);
        assertThat(test(history.grid()).getCellText(0, 0)).isEqualTo("acled-export.csv");
        assertThat(test(history.grid()).getCellText(0, 5)).isEqualTo("9 rows read, 6 rejected, 3 created, 0 updated");
    }
}
