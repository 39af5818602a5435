/**
 * The timeline on screen: {@link org.deconfliction.atlas.timeline.ui.Timeline}, a histogram of incidents per month,
 * week or day with each incident's date interval drawn beneath it, over the {@code atlas-timeline} element in
 * {@code frontend/} (click to set the date, drag to choose a range, wheel or buttons to zoom); and
 * {@link org.deconfliction.atlas.timeline.ui.TimelineControls}, the bar of Vaadin controls that steps, plays, jumps to
 * a date and switches between cumulative and window mode, and reports every change as one
 * {@link org.deconfliction.atlas.timeline.TimelineState}. Only dates, counts, ids and JSON cross the wire.
 */
package org.deconfliction.atlas.timeline.ui;
