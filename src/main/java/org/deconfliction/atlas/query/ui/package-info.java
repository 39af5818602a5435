/**
 * Asking questions on the screen: the query panel (preset questions, a site and a distance, regions drawn on the
 * map), the grid of answers with what the analysis derives for each incident, the counts, and exports of a result
 * together with the question that produced it.
 */
package org.deconfliction.atlas.query.ui;
