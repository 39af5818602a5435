package org.deconfliction.atlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import org.deconfliction.atlas.site.SiteRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The search box above the map: best matches first, and a word that matches nothing answered as such. */
@SpringBootTest
class PlaceSearchTest extends SpringBrowserlessTest {

    @Autowired
    SiteRepository sites;

    private ComboBox<SearchHit> box;
    private ComboBoxTester<ComboBox<SearchHit>, SearchHit> search;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openTheMap() {
        navigate(AtlasView.class);
        box = $(ComboBox.class).single();
        search = test(box);
    }

    private String site(String id) {
        return "Site · " + sites.findById(id).orElseThrow().name();
    }

    @Test
    void aPlaceSpelledInAnotherTransliterationIsListedBeforeEverythingThatOnlyMentionsIt() {
        for (String spelling : new String[] {"Dayr az Zawr", "Deir ez-Zor", "deir ezzor", "Dayr az Z"}) {
            search.setFilter(spelling);

            assertThat(search.getSuggestions()).as(spelling).hasSizeGreaterThan(2).first().isEqualTo(site("deir-ez-zor"));
        }
    }

    @Test
    void aNameMatchedAsAWholeWordComesBeforeAWordThatOnlyBeginsWithWhatWasTyped() {
        search.setFilter("Omar");

        assertThat(search.getSuggestions()).first().isEqualTo(site("al-omar"));
        assertThat(search.getSuggestionItems()).extracting(SearchHit::label)
                .filteredOn(label -> label.startsWith("Incident · ")).isNotEmpty();
    }

    @Test
    void wordsThatMatchNothingSaySoAndTheNoticeGoesOnceSomethingMatches() {
        search.setFilter("Zanzibar");

        assertThat(search.getSuggestions()).isEmpty();
        assertThat(box.getHelperText()).isEqualTo("No match for “Zanzibar”");

        search.setFilter("Khasham");

        assertThat(search.getSuggestions()).isNotEmpty();
        assertThat(box.getHelperText()).isNullOrEmpty();
    }

    @Test
    void aVeryLongQueryIsCutAndEchoedShort() {
        search.setFilter("x".repeat(100_000));

        assertThat(search.getSuggestions()).isEmpty();
        assertThat(box.getHelperText()).hasSizeLessThan(60).startsWith("No match for “xxx").endsWith("…”");
    }
}
