package org.deconfliction.atlas.editing;

import java.time.LocalDate;
import java.util.List;
import org.deconfliction.atlas.geodata.LocationPrecision;
import org.deconfliction.atlas.geodata.SourceReference;
import org.deconfliction.atlas.incident.DatePrecision;
import org.deconfliction.atlas.incident.IncidentCategory;
import org.deconfliction.atlas.incident.Opponent;

/**
 * An incident's values as the editing form holds them while they are typed: every field may be empty or wrong until
 * the draft is checked ({@link IncidentEditing#check}), which reads it as strictly as {@code incidents.geojson}.
 * Lists are never null. Mutable, for a form's binder; {@link DraftFeature} turns it into the GeoJSON form and back.
 */
public final class IncidentDraft {

    private final SideCounts sideACounts = new SideCounts();
    private final SideCounts sideBCounts = new SideCounts();
    private final SideCounts civilianCounts = new SideCounts();
    /** Whether the civilians' casualties are reported even with no figure entered (kept from the stored incident). */
    private boolean civiliansReported;
    /** The incident's name. */
    private String title;
    /** What happened, in a few sentences. */
    private String summary;
    /** What kind of incident. */
    private IncidentCategory category;
    /** The force on the other side from the coalition. */
    private Opponent opponent;
    /** The coalition's forces, one name each. */
    private List<String> sideA = List.of();
    /** The forces they met, one name each. */
    private List<String> sideB = List.of();
    /** How the sources count casualties; null for none. */
    private String casualtyNote;
    /** Where, in words. */
    private String place;
    /** The id of the site it happened at; null for none. */
    private String siteId;
    /** ISO 3166-1 alpha-2 code. */
    private String country;
    /** Degrees north. */
    private Double latitude;
    /** Degrees east. */
    private Double longitude;
    /** How precisely the place is known. */
    private LocationPrecision locationPrecision;
    /** Radius of the circle that holds the true location, metres. */
    private Double uncertaintyMetres;
    /** Day, month or a span of days. */
    private DatePrecision datePrecision;
    /** The first day. */
    private LocalDate dateStart;
    /** The last day; used for a span only (a day ends on itself, a month on its last day). */
    private LocalDate dateEnd;
    /** Why the date is doubtful; null for none. */
    private String dateNote;
    /** Local time written HH:MM; null when unknown. */
    private String timeOfDay;
    /** The source documents. */
    private List<SourceReference> sources = List.of();
    /** Points on which the sources differ. */
    private List<String> disagreements = List.of();

    /** A new, empty draft dated {@code today}, in Syria, to the day, placed to the town (2 km). */
    public static IncidentDraft blank(LocalDate today) {
        IncidentDraft draft = new IncidentDraft();
        draft.category = IncidentCategory.OTHER;
        draft.opponent = Opponent.UNKNOWN;
        draft.country = "SY";
        draft.locationPrecision = LocationPrecision.TOWN;
        draft.uncertaintyMetres = 2000.0;
        draft.datePrecision = DatePrecision.DAY;
        draft.dateStart = today;
        draft.dateEnd = today;
        return draft;
    }

    public SideCounts getSideACounts() {
        return sideACounts;
    }

    public SideCounts getSideBCounts() {
        return sideBCounts;
    }

    public SideCounts getCivilianCounts() {
        return civilianCounts;
    }

    boolean isCiviliansReported() {
        return civiliansReported;
    }

    void setCiviliansReported(boolean reported) {
        this.civiliansReported = reported;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public IncidentCategory getCategory() {
        return category;
    }

    public void setCategory(IncidentCategory category) {
        this.category = category;
    }

    public Opponent getOpponent() {
        return opponent;
    }

    public void setOpponent(Opponent opponent) {
        this.opponent = opponent;
    }

    public List<String> getSideA() {
        return sideA;
    }

    public void setSideA(List<String> sideA) {
        this.sideA = sideA == null ? List.of() : List.copyOf(sideA);
    }

    public List<String> getSideB() {
        return sideB;
    }

    public void setSideB(List<String> sideB) {
        this.sideB = sideB == null ? List.of() : List.copyOf(sideB);
    }

    public String getCasualtyNote() {
        return casualtyNote;
    }

    public void setCasualtyNote(String casualtyNote) {
        this.casualtyNote = casualtyNote;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public LocationPrecision getLocationPrecision() {
        return locationPrecision;
    }

    public void setLocationPrecision(LocationPrecision locationPrecision) {
        this.locationPrecision = locationPrecision;
    }

    public Double getUncertaintyMetres() {
        return uncertaintyMetres;
    }

    public void setUncertaintyMetres(Double uncertaintyMetres) {
        this.uncertaintyMetres = uncertaintyMetres;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public void setDatePrecision(DatePrecision datePrecision) {
        this.datePrecision = datePrecision;
    }

    public LocalDate getDateStart() {
        return dateStart;
    }

    public void setDateStart(LocalDate dateStart) {
        this.dateStart = dateStart;
    }

    public LocalDate getDateEnd() {
        return dateEnd;
    }

    public void setDateEnd(LocalDate dateEnd) {
        this.dateEnd = dateEnd;
    }

    public String getDateNote() {
        return dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
    }

    public String getTimeOfDay() {
        return timeOfDay;
    }

    public void setTimeOfDay(String timeOfDay) {
        this.timeOfDay = timeOfDay;
    }

    public List<SourceReference> getSources() {
        return sources;
    }

    public void setSources(List<SourceReference> sources) {
        this.sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public List<String> getDisagreements() {
        return disagreements;
    }

    public void setDisagreements(List<String> disagreements) {
        this.disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }
}
