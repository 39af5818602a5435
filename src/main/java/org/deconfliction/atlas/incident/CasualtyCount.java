package org.deconfliction.atlas.incident;

/** People killed and wounded on one side of an incident; either is null when the sources do not say. */
public record CasualtyCount(Range killed, Range wounded) {
}
