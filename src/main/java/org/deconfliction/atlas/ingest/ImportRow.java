package org.deconfliction.atlas.ingest;

import org.deconfliction.atlas.incident.Incident;

/**
 * A row of an imported file read into a candidate incident: its {@code line} (the header is line 1), the id it has
 * in the file it came from ({@code externalId}, e.g. ACLED's {@code event_id_cnty}) and the incident, whose atlas
 * id is derived from that external id so a re-import finds it again.
 */
public record ImportRow(long line, String externalId, Incident incident) {
}
