package org.deconfliction.atlas.editing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.deconfliction.atlas.editing.IncidentDraft;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodesy.AtlasExtent;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.Opponent;
import org.deconfliction.atlas.map.LatLng;

/**
 * The form's fields but the casualties, each bound to the draft with the checks that can be made while typing, and
 * named by the path of the GeoJSON form the reader's messages use. Coordinates are decimal degrees inside the atlas
 * area ({@link AtlasExtent}); the uncertainty radius is in metres.
 */
final class DraftFields {

    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("What happened");
    final Select<IncidentCategory> category = new Select<>();
    final Select<Opponent> opponent = new Select<>();
    final TextArea sideA = new TextArea("Coalition forces (one per line)");
    final TextArea sideB = new TextArea("Other forces (one per line)");
    final TextField casualtyNote = new TextField("How the sources count casualties");
    final Select<DatePrecision> datePrecision = new Select<>();
    final DatePicker dateStart = new DatePicker("Date (first day)");
    final DatePicker dateEnd = new DatePicker("Last day");
    final TextField dateNote = new TextField("Date note");
    final TextField timeOfDay = new TextField("Local time (HH:MM)");
    final NumberField latitude = new NumberField("Latitude (°N)");
    final NumberField longitude = new NumberField("Longitude (°E)");
    final Select<LocationPrecision> locationPrecision = new Select<>();
    final NumberField uncertaintyMetres = new NumberField("Uncertainty radius (m)");
    final TextField place = new TextField("Place");
    final ComboBox<String> site = new ComboBox<>("Site");
    final TextField country = new TextField("Country (ISO code)");
    final TextArea sources = new TextArea("Sources (one per line: title | publisher | document file)");
    final TextArea disagreements = new TextArea("Where the sources disagree (one per line)");

    /** @param siteNames the name of each site by id, in the order offered */
    DraftFields(Binder<IncidentDraft> binder, Map<String, String> siteNames) {
        choices(siteNames);
        binder.forField(title).asRequired("The title is missing").bind(IncidentDraft::getTitle, IncidentDraft::setTitle);
        binder.forField(summary).asRequired("Say what happened").bind(IncidentDraft::getSummary, IncidentDraft::setSummary);
        binder.forField(category).asRequired("Choose a category").bind(IncidentDraft::getCategory, IncidentDraft::setCategory);
        binder.forField(opponent).asRequired("Choose the other side").bind(IncidentDraft::getOpponent, IncidentDraft::setOpponent);
        binder.forField(sideA).withConverter(new LineList())
                .withValidator(forces -> !forces.isEmpty(), "Name at least one force")
                .bind(IncidentDraft::getSideA, IncidentDraft::setSideA);
        binder.forField(sideB).withConverter(new LineList())
                .withValidator(forces -> !forces.isEmpty(), "Name at least one force")
                .bind(IncidentDraft::getSideB, IncidentDraft::setSideB);
        binder.forField(casualtyNote).bind(IncidentDraft::getCasualtyNote, IncidentDraft::setCasualtyNote);
        binder.forField(datePrecision).asRequired("Choose how precise the date is")
                .bind(IncidentDraft::getDatePrecision, IncidentDraft::setDatePrecision);
        binder.forField(dateStart).asRequired("The date is missing").bind(IncidentDraft::getDateStart, IncidentDraft::setDateStart);
        binder.forField(dateEnd).bind(IncidentDraft::getDateEnd, IncidentDraft::setDateEnd);
        binder.forField(dateNote).bind(IncidentDraft::getDateNote, IncidentDraft::setDateNote);
        binder.forField(timeOfDay).bind(IncidentDraft::getTimeOfDay, IncidentDraft::setTimeOfDay);
        binder.forField(latitude).asRequired("Click on the map or type the latitude")
                .withValidator(lat -> lat >= AtlasExtent.MIN_LAT && lat <= AtlasExtent.MAX_LAT, extentMessage("Latitude"))
                .bind(IncidentDraft::getLatitude, IncidentDraft::setLatitude);
        binder.forField(longitude).asRequired("Click on the map or type the longitude")
                .withValidator(lng -> lng >= AtlasExtent.MIN_LON && lng <= AtlasExtent.MAX_LON, extentMessage("Longitude"))
                .bind(IncidentDraft::getLongitude, IncidentDraft::setLongitude);
        binder.forField(locationPrecision).asRequired("Choose how precisely the place is known")
                .bind(IncidentDraft::getLocationPrecision, IncidentDraft::setLocationPrecision);
        binder.forField(uncertaintyMetres).asRequired("Give the uncertainty radius in metres")
                .withValidator(metres -> metres > 0, "Must be a number of metres greater than zero")
                .bind(IncidentDraft::getUncertaintyMetres, IncidentDraft::setUncertaintyMetres);
        binder.forField(place).asRequired("Name the place").bind(IncidentDraft::getPlace, IncidentDraft::setPlace);
        binder.forField(site).bind(IncidentDraft::getSiteId, IncidentDraft::setSiteId);
        binder.forField(country).bind(IncidentDraft::getCountry, IncidentDraft::setCountry);
        binder.forField(sources).withConverter(new SourceLines())
                .withValidator(list -> !list.isEmpty(), "Name at least one source document")
                .bind(IncidentDraft::getSources, IncidentDraft::setSources);
        binder.forField(disagreements).withConverter(new LineList())
                .bind(IncidentDraft::getDisagreements, IncidentDraft::setDisagreements);
    }

    /** Each field by the path of the GeoJSON form that the reader's messages name. */
    Map<String, HasValidation> byPath() {
        Map<String, HasValidation> paths = new LinkedHashMap<>();
        paths.put("title", title);
        paths.put("summary", summary);
        paths.put("category", category);
        paths.put("opponent", opponent);
        paths.put("actors.sideA", sideA);
        paths.put("actors.sideB", sideB);
        paths.put("casualties.note", casualtyNote);
        paths.put("casualties", casualtyNote);
        paths.put("date.precision", datePrecision);
        paths.put("date.start", dateStart);
        paths.put("date.end", dateEnd);
        paths.put("date.note", dateNote);
        paths.put("date", dateStart);
        paths.put("timeOfDay", timeOfDay);
        paths.put("geometry", latitude);
        paths.put("latitude", latitude);
        paths.put("longitude", longitude);
        paths.put("location.precision", locationPrecision);
        paths.put("location.uncertaintyMetres", uncertaintyMetres);
        paths.put("location", uncertaintyMetres);
        paths.put("place", place);
        paths.put("siteId", site);
        paths.put("country", country);
        paths.put("sources", sources);
        paths.put("disagreements", disagreements);
        return paths;
    }

    /** The position typed, when both coordinates are filled and inside the atlas area. */
    Optional<LatLng> typedPosition() {
        Double lat = latitude.getValue();
        Double lng = longitude.getValue();
        if (lat == null || lng == null || lat < AtlasExtent.MIN_LAT || lat > AtlasExtent.MAX_LAT
                || lng < AtlasExtent.MIN_LON || lng > AtlasExtent.MAX_LON) {
            return Optional.empty();
        }
        return Optional.of(new LatLng(lat, lng));
    }

    private void choices(Map<String, String> siteNames) {
        category.setLabel("Category");
        category.setItems(IncidentCategory.values());
        category.setItemLabelGenerator(IncidentCategory::label);
        opponent.setLabel("Other side");
        opponent.setItems(Opponent.values());
        opponent.setItemLabelGenerator(Opponent::label);
        datePrecision.setLabel("Date precision");
        datePrecision.setItems(DatePrecision.values());
        datePrecision.setItemLabelGenerator(DraftFields::label);
        locationPrecision.setLabel("Location precision");
        locationPrecision.setItems(LocationPrecision.values());
        locationPrecision.setItemLabelGenerator(p -> p.code().substring(0, 1).toUpperCase(Locale.ROOT) + p.code().substring(1));
        site.setItems(List.copyOf(siteNames.keySet()));
        site.setItemLabelGenerator(id -> siteNames.getOrDefault(id, id));
        site.setClearButtonVisible(true);
        site.setHelperText("Only when it happened at one of the atlas's sites");
        for (DatePicker picker : List.of(dateStart, dateEnd)) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setDateFormat("yyyy-MM-dd");
            picker.setI18n(i18n);
        }
        summary.setMaxLength(4000);
        sources.setHelperText("e.g. Khasham battle report | Reuters | 004_9f2c0e6a1b3d5e7f.txt");
    }

    private static String extentMessage(String what) {
        return String.format(Locale.ROOT, "%s must lie in the atlas area: %.0f–%.0f°N, %.0f–%.0f°E", what,
                AtlasExtent.MIN_LAT, AtlasExtent.MAX_LAT, AtlasExtent.MIN_LON, AtlasExtent.MAX_LON);
    }

    private static String label(DatePrecision precision) {
        return switch (precision) {
            case DAY -> "One day";
            case MONTH -> "A month (first day as date)";
            case RANGE -> "A span of days";
        };
    }
}
