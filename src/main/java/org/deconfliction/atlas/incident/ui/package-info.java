/**
 * Incidents on the screen: markers coloured and lettered by category with their location uncertainty drawn as
 * geodesic circles when zoomed in, a detail card with actors, casualties, date and place precision and sources,
 * and a sortable grid kept in step with the map.
 */
package org.deconfliction.atlas.incident.ui;
