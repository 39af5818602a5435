package org.deconfliction.atlas.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.contextmenu.MenuItem;
import org.deconfliction.atlas.query.IncidentQueryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Columns can be hidden and shown again from the Columns menu, and stay so for the session. */
@SpringBootTest
class ColumnChooserTest extends SpringBrowserlessTest {

    @Autowired
    IncidentQueryService queries;

    @Test
    void aHiddenColumnStaysHiddenForTheSessionAndComesBack() {
        ResultGrid grid = new ResultGrid(id -> id, queries::sorted);
        ColumnChooser chooser = new ColumnChooser(grid);
        assertThat(chooser.menu().getItems()).extracting(MenuItem::getText)
                .containsExactly("Date", "Category", "Killed", "Bank", "River km", "Nearest site", "Answer");
        assertThat(grid.getColumnByKey("river").isVisible()).isTrue();

        chooser.choose(grid.getColumnByKey("river"), false);

        assertThat(grid.getColumnByKey("river").isVisible()).isFalse();
        ResultGrid nextPage = new ResultGrid(id -> id, queries::sorted);
        ColumnChooser nextChooser = new ColumnChooser(nextPage);
        assertThat(nextPage.getColumnByKey("river").isVisible()).isFalse();
        assertThat(nextChooser.menu().getItems()).filteredOn(item -> item.getText().equals("River km"))
                .extracting(MenuItem::isChecked).containsExactly(false);

        nextChooser.choose(nextPage.getColumnByKey("river"), true);
        assertThat(nextPage.getColumnByKey("river").isVisible()).isTrue();
        ResultGrid third = new ResultGrid(id -> id, queries::sorted);
        new ColumnChooser(third);
        assertThat(third.getColumnByKey("river").isVisible()).isTrue();
    }
}
