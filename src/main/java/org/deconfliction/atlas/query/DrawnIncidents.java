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
 * Immutable once built: the arrays are never changed after construction and never handed out of the package.
 */
final class DrawnIncidents {

    /**
     * The last order built for a question, shared by every map: a question whose incidents are all in it takes their
     * order from it instead of sorting (after an import or edit the next question sorts once again).
     */
    private static volatile MortonOrder latest = new MortonOrder(List.of());

    final long[] codes;
    final Incident[] incidents;
    /** The positions of the answers, null when every incident drawn answers. */
    private final BitSet answering;

    private DrawnIncidents(long[] codes, Incident[] incidents, BitSet answering) {
        this.codes = codes;
        this.incidents = incidents;
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

    /** How many incidents answer. */
    int answerCount() {
        return answering == null ? incidents.length : answering.cardinality();
    }

    /** Whether the incident at this position answers. */
    boolean answers(int position) {
        return answering == null || answering.get(position);
    }

    /** The order's incidents at the marked positions, with the answers' marks moved to their new positions. */
    private static DrawnIncidents compacted(MortonOrder order, BitSet members, BitSet answering) {
        int size = members.cardinality();
        if (size == order.size()) {
            return new DrawnIncidents(order.codes, order.incidents, answering);
        }
        long[] codes = new long[size];
        Incident[] incidents = new Incident[size];
        BitSet moved = answering == null ? null : new BitSet(size);
        int k = 0;
        for (int p = members.nextSetBit(0); p >= 0; p = members.nextSetBit(p + 1)) {
            codes[k] = order.codes[p];
            incidents[k] = order.incidents[p];
            if (moved != null && answering.get(p)) {
                moved.set(k);
            }
            k++;
        }
        return new DrawnIncidents(codes, incidents, moved);
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
