/**
 * Questions asked of the incidents: the shared {@link org.deconfliction.atlas.incident.IncidentFilter} (dates,
 * categories, text, box) combined with one spatial condition (a bank of the Euphrates, within N km of a site or of
 * the river, inside a deconfliction zone or a region the user drew), answered per incident as inside or uncertain
 * with the attributes the analysis derives. The map, the grid, the counts, the exports and the API all ask here.
 */
package org.deconfliction.atlas.query;
