/**
 * The incidents of the atlas: armed clashes, strikes, attacks and troop movements between the US-led coalition and
 * Russian, Syrian government, Iran-backed, jihadist and Turkish forces in 2014-2021, each dated to a day, month or
 * span of days, placed with its uncertainty, tied to a site where one applies and traced to its source documents.
 * Incidents are read strictly from {@code incidents.geojson} at start-up, served through
 * {@link org.deconfliction.atlas.incident.IncidentRepository} and selected with
 * {@link org.deconfliction.atlas.incident.IncidentFilter}, the one filter model of the map, grid, timeline and API.
 */
package org.deconfliction.atlas.incident;
