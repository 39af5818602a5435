package org.deconfliction.atlas.query;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.IncidentCategory;

/**
 * The counts of an answer an analyst reads first: in all, by category, by bank of the Euphrates (UNCERTAIN where the
 * uncertainty circle reaches the river) and by certainty, made in one pass over the answers into arrays of counts.
 * Immutable; an empty answer counts 0 everywhere and its maps are empty.
 */
public final class AnswerCounts {

    private static final IncidentCategory[] CATEGORIES = IncidentCategory.values();
    private static final BankSide[] SIDES = BankSide.values();
    private static final SpatialAnswer[] ANSWERS = SpatialAnswer.values();

    private final int total;
    private final int[] categories;
    private final int[] banks;
    private final int[] certainties;

    private AnswerCounts(int total, int[] categories, int[] banks, int[] certainties) {
        this.total = total;
        this.categories = categories;
        this.banks = banks;
        this.certainties = certainties;
    }

    /** Counts these answers in one pass. */
    static AnswerCounts of(List<IncidentAnswer> answers) {
        Tally tally = new Tally();
        for (IncidentAnswer answer : answers) {
            tally.add(answer.incident().category(), countedBank(answer.attributes().bank(), answer.attributes().bankCertain()),
                    answer.answer());
        }
        return tally.counts();
    }

    /** The side an answer is counted on: its bank when the whole uncertainty circle is on it, else UNCERTAIN. */
    static BankSide countedBank(BankSide bank, boolean certain) {
        return certain ? bank : BankSide.UNCERTAIN;
    }

    /** How many answers there are in all. */
    public int total() {
        return total;
    }

    /** How many answers are of this category. */
    public int of(IncidentCategory category) {
        return categories[category.ordinal()];
    }

    /** How many answers are counted on this side of the river (UNCERTAIN: the circle reaches the river). */
    public int onBank(BankSide side) {
        return banks[side.ordinal()];
    }

    /** How many answers answer this way (INSIDE or UNCERTAIN). */
    public int answering(SpatialAnswer answer) {
        return certainties[answer.ordinal()];
    }

    /** The categories that have answers, with their counts, in the categories' order. */
    public Map<IncidentCategory, Integer> byCategory() {
        return nonZero(IncidentCategory.class, CATEGORIES, categories);
    }

    /** The sides that have answers, with their counts. */
    public Map<BankSide, Integer> byBank() {
        return nonZero(BankSide.class, SIDES, banks);
    }

    /** The ways of answering that occur, with their counts. */
    public Map<SpatialAnswer, Integer> byCertainty() {
        return nonZero(SpatialAnswer.class, ANSWERS, certainties);
    }

    private static <E extends Enum<E>> Map<E, Integer> nonZero(Class<E> type, E[] values, int[] counts) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (int i = 0; i < values.length; i++) {
            if (counts[i] > 0) {
                map.put(values[i], counts[i]);
            }
        }
        return Collections.unmodifiableMap(map);
    }

    /** Counts being added up, one answer at a time. */
    static final class Tally {
        private int total;
        private final int[] categories = new int[CATEGORIES.length];
        private final int[] banks = new int[SIDES.length];
        private final int[] certainties = new int[ANSWERS.length];

        void add(IncidentCategory category, BankSide counted, SpatialAnswer answer) {
            add(category.ordinal(), counted.ordinal(), answer.ordinal());
        }

        /** Adds one answer by the ordinals of its category, its counted side and its answer. */
        void add(int category, int counted, int answer) {
            total++;
            categories[category]++;
            banks[counted]++;
            certainties[answer]++;
        }

        AnswerCounts counts() {
            return new AnswerCounts(total, categories.clone(), banks.clone(), certainties.clone());
        }
    }
}
