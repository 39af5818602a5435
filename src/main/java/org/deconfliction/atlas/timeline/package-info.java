/**
 * Time in the atlas, without any UI: where the timeline stands ({@link org.deconfliction.atlas.timeline.TimelineState},
 * a current date seen cumulatively or through a window of days, which it applies to the shared
 * {@link org.deconfliction.atlas.incident.IncidentFilter}), stepping from date to date over the incidents' dates
 * ({@link org.deconfliction.atlas.timeline.DateStepper}), counting incidents per month, week or day with those of
 * uncertain date counted in every bin their interval overlaps ({@link org.deconfliction.atlas.timeline.IncidentHistogram}),
 * and the timeline's part of the URL ({@link org.deconfliction.atlas.timeline.TimelineUrlState}). An incident dated
 * only to a month or a span of days is always handled as that interval of days, never as one made-up day.
 */
package org.deconfliction.atlas.timeline;
