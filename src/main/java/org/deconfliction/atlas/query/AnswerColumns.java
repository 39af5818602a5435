package org.deconfliction.atlas.query;

import java.util.List;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;

/**
 * The answers to a question in the repository's order, read by their place in the answer ({@code 0} to
 * {@code size() - 1}): the incident, how it answers, and its category, opponent, days and point, read from the
 * incidents' columns ({@link IncidentColumns}) where the columns decided the question, so that a caller testing a
 * million answers on those touches no incident object; else read from the incidents themselves. Immutable.
 */
public final class AnswerColumns {

    private static final SpatialAnswer[] ANSWERS = SpatialAnswer.values();

    private final ColumnAnswers.Keys keys;
    private final List<IncidentMatch> matches;

    private AnswerColumns(ColumnAnswers.Keys keys, List<IncidentMatch> matches) {
        this.keys = keys;
        this.matches = matches;
    }

    static AnswerColumns of(ColumnAnswers.Keys keys) {
        return new AnswerColumns(keys, null);
    }

    static AnswerColumns of(List<IncidentMatch> matches) {
        return new AnswerColumns(null, List.copyOf(matches));
    }

    /** How many answers there are. */
    public int size() {
        return keys != null ? keys.count() : matches.size();
    }

    public Incident incident(int i) {
        return keys != null ? keys.incident(i) : matches.get(i).incident();
    }

    /** How the answer at this place answers the question's spatial condition (INSIDE when it has none). */
    public SpatialAnswer answer(int i) {
        return keys != null ? ANSWERS[(int) (keys.keys()[i] & 3)] : matches.get(i).answer();
    }

    /** The ordinal of the answer's {@link org.deconfliction.atlas.incident.IncidentCategory}. */
    public int category(int i) {
        return keys != null ? keys.columns().category(position(i)) : matches.get(i).incident().category().ordinal();
    }

    /** The ordinal of the answer's {@link org.deconfliction.atlas.incident.Opponent}. */
    public int opponent(int i) {
        return keys != null ? keys.columns().opponent(position(i)) : matches.get(i).incident().opponent().ordinal();
    }

    /** The answer's first day, in days since 1970-01-01. */
    public int firstDay(int i) {
        return keys != null ? keys.columns().firstDay(position(i)) : (int) matches.get(i).incident().date().start().toEpochDay();
    }

    /** The answer's last day, in days since 1970-01-01. */
    public int lastDay(int i) {
        return keys != null ? keys.columns().lastDay(position(i)) : (int) matches.get(i).incident().date().end().toEpochDay();
    }

    /** The longitude of the answer's point, in degrees. */
    public double longitude(int i) {
        return keys != null ? keys.columns().longitude(position(i)) : matches.get(i).incident().location().getX();
    }

    /** The latitude of the answer's point, in degrees. */
    public double latitude(int i) {
        return keys != null ? keys.columns().latitude(position(i)) : matches.get(i).incident().location().getY();
    }

    private int position(int i) {
        return (int) (keys.keys()[i] >>> 2);
    }
}
