package org.deconfliction.atlas.query;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.RegionMatch;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.SpatialCondition.OnBank;

/**
 * The answers to a question found on the incidents' columns ({@link IncidentColumns}) instead of their objects:
 * each answer a key (position in the repository's order × 4 + {@link SpatialAnswer} ordinal), in that order. Decides
 * questions without free text whose condition is none, one the index matches, or a bank (each incident's bank, once
 * classified, is kept as one byte per position); others are left to the caller (null). The columns are made anew
 * when the repository's list changes, the bank bytes from the classifications kept across changes.
 */
final class ColumnAnswers {

    private static final SpatialAnswer[] ANSWERS = SpatialAnswer.values();
    private static final BankSide[] SIDES = BankSide.values();

    private final IncidentRepository incidents;
    private final Function<Incident, AnswerPages.Bank> bankOf;
    private volatile Generation current;

    /** Columns of one list of the repository, with its bank bytes: 0 unknown yet, else 1 + plotted side × 2 + certain. */
    private record Generation(IncidentColumns columns, byte[] banks) {
    }

    ColumnAnswers(IncidentRepository incidents, Function<Incident, AnswerPages.Bank> bankOf) {
        this.incidents = incidents;
        this.bankOf = bankOf;
    }

    /** The columns of the repository's incidents as it holds them now, made anew after it changed. */
    IncidentColumns columns() {
        return generation().columns();
    }

    private Generation generation() {
        List<Incident> all = incidents.findAll();
        Generation now = current;
        if (now == null || now.columns().incidents() != all) {
            synchronized (this) {
                now = current;
                if (now == null || now.columns().incidents() != all) {
                    IncidentColumns made = new IncidentColumns(all);
                    now = new Generation(made, new byte[made.size()]);
                    current = now;
                }
            }
        }
        return now;
    }

    /**
     * The keys of the answers in the repository's order, or null when the columns cannot decide the question.
     *
     * @param match what the index matched, when it decides the condition; else null
     */
    Keys keys(IncidentQuery query, RegionMatch match) {
        SpatialCondition condition = query.spatial();
        if (!IncidentColumns.decides(query.filter()) || (condition != null && match == null && !(condition instanceof OnBank))) {
            return null;
        }
        Generation generation = generation();
        IncidentColumns at = generation.columns();
        IncidentColumns.Test passes = at.test(query.filter());
        long[] keys;
        int count = 0;
        if (match != null) {
            keys = new long[match.inside().size() + match.uncertain().size()];
            count = matched(at, passes, match.inside(), SpatialAnswer.INSIDE, keys, count);
            count = matched(at, passes, match.uncertain(), SpatialAnswer.UNCERTAIN, keys, count);
            Arrays.sort(keys, 0, count);
        } else {
            keys = new long[at.size()];
            byte[] bank = generation.banks();
            BankSide side = condition instanceof OnBank on ? on.side() : null;
            for (int k = 0; k < at.size(); k++) {
                if ((k & 0xFFFF) == 0) {
                    AnalysisBudget.checkNotStopped();
                }
                if (passes.passes(k)) {
                    SpatialAnswer answer = side == null ? SpatialAnswer.INSIDE : bankAnswer(at, bank, k, side);
                    if (answer != SpatialAnswer.OUTSIDE) {
                        keys[count++] = key(k, answer);
                    }
                }
            }
        }
        return new Keys(at, keys, count);
    }

    private static int matched(IncidentColumns at, IncidentColumns.Test passes, List<String> ids, SpatialAnswer answer,
            long[] keys, int count) {
        for (String id : ids) {
            int k = at.positionOf(id);
            if (k >= 0 && passes.passes(k)) {
                keys[count++] = key(k, answer);
            }
        }
        return count;
    }

    /** The answer to "on this bank" of the incident at position k, classified once and kept in {@code bank}. */
    private SpatialAnswer bankAnswer(IncidentColumns at, byte[] bank, int k, BankSide side) {
        int code = bank[k];
        if (code == 0) {
            AnswerPages.Bank classified = bankOf.apply(at.incident(k));
            code = 1 + classified.plotted().ordinal() * 2 + (classified.certain() ? 1 : 0);
            bank[k] = (byte) code;
        }
        boolean certain = ((code - 1) & 1) == 1;
        BankSide plotted = SIDES[(code - 1) >> 1];
        return !certain ? SpatialAnswer.UNCERTAIN : plotted == side ? SpatialAnswer.INSIDE : SpatialAnswer.OUTSIDE;
    }

    private static long key(int position, SpatialAnswer answer) {
        return ((long) position << 2) | answer.ordinal();
    }

    /** The answers as keys: the first {@code count} of {@code keys}, over these columns. */
    record Keys(IncidentColumns columns, long[] keys, int count) {

        Incident incident(int i) {
            return columns.incident((int) (keys[i] >>> 2));
        }

        SpatialAnswer answer(int i) {
            return ANSWERS[(int) (keys[i] & 3)];
        }
    }
}
