package org.deconfliction.atlas.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.deconfliction.atlas.incident.Incident;

/**
 * The incidents a map draws, in Morton order of their position with their codes, and which of them answer the
 * question (the others are drawn dimmed). The order is taken from the last one built when every incident drawn lies
 * in it (marking them there costs one hash probe each, no sort), else sorted anew and kept for later questions.
 * An answer found on the incidents' columns is placed in an order of the columns' whole list by its column positions,
 * without a probe per incident.
 * The incidents drawn are named by their positions in the order (4 bytes each, none when all of it is drawn), whose
 * codes and columns they share. Immutable once built: the arrays are never changed after construction and never
 * handed out of the package.
 */
final class DrawnIncidents {

    /**
     * The last order built for a question, shared by every map: a question whose incidents are all in it takes their
     * order from it instead of sorting (after an import or edit the next question sorts once again).
     */
    private static volatile MortonOrder latest = new MortonOrder(List.of());

    private final MortonOrder order;
    /** The positions in the order of the incidents drawn, increasing; null when every incident of the order is drawn. */
    private final int[] positions;
    /** The positions (among those drawn) of the answers, null when every incident drawn answers. */
    private final BitSet answering;

    private DrawnIncidents(MortonOrder order, int[] positions, BitSet answering) {
        this.order = order;
        this.positions = positions;
        this.answering = answering;
    }

    /**
     * Arranges the incidents drawn, marking the answers among them; an answer not among {@code drawn} is drawn too,
     * so that every answer is counted. The same collection for both means every incident drawn answers.
     */
    static DrawnIncidents arrange(Collection<Incident> drawn, Collection<Incident> answers) {
        boolean allAnswer = drawn == answers;
        MortonOrder order = latest;
        BitSet members = order.subset(drawn);
        BitSet answering = members == null || allAnswer ? null : order.positions(answers);
        if (members != null && !allAnswer && (answering == null || !within(answering, members))) {
            members = null;
        }
        if (members == null) {
            List<Incident> union = allAnswer ? List.copyOf(drawn) : union(drawn, answers);
            order = new MortonOrder(union);
            if (order.size() >= latest.size() / 2) {
                latest = order;
            }
            members = new BitSet();
            members.set(0, order.size());
            answering = allAnswer ? null : order.positions(answers);
        }
        return compacted(order, members, answering);
    }

    /**
     * Arranges the answers found on the columns, and the incidents of the same columns that pass {@code others} (null:
     * none) dimmed beside them, through an order of every incident of the columns' list (the last one built when it was
     * built from that list, else sorted anew and kept): each answer and each other is placed by its column position,
     * with no incident object touched. Answers that do not pass {@code others} are drawn too.
     */
    static DrawnIncidents arrange(ColumnAnswers.Keys answers, IncidentColumns.Test others) {
        List<Incident> all = answers.columns().incidents();
        MortonOrder order = latest;
        if (!order.builtFrom(all)) {
            order = new MortonOrder(all);
            latest = order;
        }
        int[] placeOf = order.placeOf;
        BitSet answering = new BitSet(order.size());
        long[] keys = answers.keys();
        for (int i = 0; i < answers.count(); i++) {
            answering.set(placeOf[(int) (keys[i] >>> 2)]);
        }
        if (others == null) {
            return compacted(order, answering, null);
        }
        BitSet members = new BitSet(order.size());
        for (int k = 0; k < placeOf.length; k++) {
            if (others.passes(k)) {
                members.set(placeOf[k]);
            }
        }
        members.or(answering);
        return compacted(order, members, answering);
    }

    /** The same incidents drawn, none of them answering: every one dimmed. */
    DrawnIncidents withoutAnswers() {
        return new DrawnIncidents(order, positions, new BitSet());
    }

    /** How many incidents are drawn. */
    int size() {
        return positions == null ? order.size() : positions.length;
    }

    /** The Morton code of the k-th incident drawn; the codes increase with k. */
    long code(int k) {
        return order.codes[at(k)];
    }

    /** The k-th incident drawn. */
    Incident incident(int k) {
        return order.incidents[at(k)];
    }

    /** The longitude of the k-th incident drawn, in degrees. */
    double lon(int k) {
        return order.lon[at(k)];
    }

    /** The latitude of the k-th incident drawn, in degrees. */
    double lat(int k) {
        return order.lat[at(k)];
    }

    /** The category ordinal of the k-th incident drawn. */
    int category(int k) {
        return order.category[at(k)];
    }

    private int at(int k) {
        return positions == null ? k : positions[k];
    }

    /** How many incidents answer. */
    int answerCount() {
        return answering == null ? size() : answering.cardinality();
    }

    /** Whether the incident at this position answers. */
    boolean answers(int position) {
        return answering == null || answering.get(position);
    }

    /** The order's incidents at the marked positions, with the answers' marks moved to their new positions. */
    private static DrawnIncidents compacted(MortonOrder order, BitSet members, BitSet answering) {
        int size = members.cardinality();
        if (size == order.size()) {
            return new DrawnIncidents(order, null, answering);
        }
        int[] positions = new int[size];
        BitSet moved = answering == null ? null : new BitSet(size);
        int k = 0;
        for (int p = members.nextSetBit(0); p >= 0; p = members.nextSetBit(p + 1)) {
            positions[k] = p;
            if (moved != null && answering.get(p)) {
                moved.set(k);
            }
            k++;
        }
        return new DrawnIncidents(order, positions, moved);
    }

    private static boolean within(BitSet marks, BitSet members) {
        BitSet outside = (BitSet) marks.clone();
        outside.andNot(members);
        return outside.isEmpty();
    }

    private static List<Incident> union(Collection<Incident> drawn, Collection<Incident> answers) {
        Set<Incident> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Incident> union = new ArrayList<>(drawn.size());
        for (Incident incident : drawn) {
            if (seen.add(incident)) {
                union.add(incident);
            }
        }
        for (Incident incident : answers) {
            if (seen.add(incident)) {
                union.add(incident);
            }
        }
        return union;
    }
}
