package org.deconfliction.atlas.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import org.deconfliction.atlas.geodata.TransliterationKey;

/**
 * A search box over sites and incidents: by name, place, actor or words of a summary, tolerant of the many
 * spellings of Arabic place names (Deir ez-Zor, Dayr az Zawr; al-Omar, Al Omar). Results are listed best first
 * (see {@link SearchHit#rank}), the best {@value SearchIndex#MOST_LISTED} of them, from an index shared by every view
 * ({@link SearchIndex}); words that match nothing are answered "No match" under the box. Choosing a result reports it.
 */
class PlaceSearch extends Composite<ComboBox<SearchHit>> {

    /** The most characters of typed text searched for; more is cut off, so a keystroke costs a bounded time. */
    static final int MAX_QUERY_LENGTH = 200;
    /** The most characters of the typed text repeated in the "No match" notice. */
    private static final int MAX_ECHO_LENGTH = 40;

    private final SearchIndex index;

    /** A box over what the shared index holds: the sites and the incidents as stored at the search. */
    PlaceSearch(SearchIndex index) {
        this.index = index;
        ComboBox<SearchHit> box = getContent();
        box.setPlaceholder("Find a site or incident");
        box.setAriaLabel("Find a site or incident");
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(SearchHit::label);
        box.setItems(query -> {
            String typed = query.getFilter().orElse("");
            List<SearchHit> found = find(typed);
            if (query.getOffset() == 0) {
                sayWhetherFound(typed, found.isEmpty());
            }
            return found.stream().skip(query.getOffset()).limit(query.getLimit());
        });
        box.setWidth("18em");
    }

    /**
     * Lists anew at the next search, e.g. after an edit in any session added, retitled or deleted an incident, so that
     * the box finds what the map shows.
     */
    void forgetIncidents() {
        getContent().getDataProvider().refreshAll();
    }

    /**
     * The hits for what was typed, best first (sites before incidents and each in their own order among equals), at
     * most {@value SearchIndex#MOST_LISTED}.
     */
    List<SearchHit> find(String typed) {
        String text = typed == null ? "" : typed.substring(0, Math.min(typed.length(), MAX_QUERY_LENGTH));
        return index.find(TransliterationKey.of(text));
    }

    private void sayWhetherFound(String typed, boolean nothing) {
        String text = typed == null ? "" : typed.strip();
        if (!nothing || text.isEmpty()) {
            getContent().setHelperText(null);
            return;
        }
        String echo = text.length() > MAX_ECHO_LENGTH ? text.substring(0, MAX_ECHO_LENGTH) + "…" : text;
        getContent().setHelperText("No match for “" + echo + "”");
    }

    /** Listens for a chosen result. */
    Registration addChoiceListener(Consumer<SearchHit> listener) {
        return getContent().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                listener.accept(event.getValue());
            }
        });
    }
}
