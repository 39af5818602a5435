package org.deconfliction.atlas.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import org.deconfliction.atlas.analysis.AnalysisBudget;
import org.deconfliction.atlas.analysis.BankSide;
import org.deconfliction.atlas.analysis.ItemAttributes;
import org.deconfliction.atlas.analysis.PackedIds;
import org.deconfliction.atlas.analysis.SpatialAnswer;
import org.deconfliction.atlas.incident.Incident;
import org.deconfliction.atlas.incident.IncidentRepository;
import org.deconfliction.atlas.query.SpatialCondition.OnBank;

/**
 * The answers to a question found on the incidents' columns ({@link IncidentColumns}) instead of their objects:
 * each answer a key (position in the repository's order × 4 + {@link SpatialAnswer} ordinal), in that order. Decides
 * questions without free text whose condition is none, a region the index answers (item by item into
 * {@link RegionPositions}, no id looked up, and kept for the next questions of the same region over the same index
 * generation, whatever their filter), or a bank (each incident's bank, once
 * classified, is kept as one byte per position); others are left to the caller (null). The columns are made anew
 * when the repository's list changes, the bank bytes from the classifications kept across changes.
 */
final class ColumnAnswers {

    private static final SpatialAnswer[] ANSWERS = SpatialAnswer.values();
    private static final BankSide[] SIDES = BankSide.values();
    /** How many regions' answers are kept per list of the repository (each about 2 bits per incident). */
    static final int REGIONS_KEPT = 4;

    private final IncidentRepository incidents;
    private final Function<Incident, AnswerPages.Bank> bankOf;
    private volatile Generation current;

    /**
     * Columns of one list of the repository, with its bank bytes (0 unknown yet, else 1 + plotted side × 2 +
     * certain), the side each answer is counted on as its attributes say (0 unknown yet, else 1 + side) and the
     * table from the positions of the index's latest packing to the columns' positions.
     */
    private record Generation(IncidentColumns columns, byte[] banks, byte[] counted, AtomicReference<PackedColumns> packed,
            AtomicReference<List<RegionPositions>> regions) {

        /**
         * The region's answers among these columns: those last found for it over the same index generation (the last
         * {@value #REGIONS_KEPT} regions asked of it are kept), else asked of the index and kept.
         */
        RegionPositions answersOf(IndexedRegion region) {
            for (RegionPositions known : regions.get()) {
                if (known.answers(region)) {
                    return known;
                }
            }
            RegionPositions found = RegionPositions.of(columns, columnsOf(region.index().packedIds()), region);
            // answers over an older index generation are dropped, so that they do not keep it in memory
            regions.updateAndGet(kept -> Stream.concat(Stream.of(found), kept.stream().filter(known -> known.over(region.index())))
                    .limit(REGIONS_KEPT).toList());
            return found;
        }

        /** The column position of each position of this packing (-1 where the columns hold no such id). */
        int[] columnsOf(PackedIds ids) {
            PackedColumns known = packed.get();
            if (known != null && known.ids() == ids) {
                return known.columnOf();
            }
            int[] columnOf = new int[ids.size()];
            for (int p = 0; p < columnOf.length; p++) {
                if ((p & 0xFFFF) == 0) {
                    AnalysisBudget.checkNotStopped();
                }
                columnOf[p] = columns.positionOf(ids.id(p));
            }
            packed.set(new PackedColumns(ids, columnOf));
            return columnOf;
        }
    }

    private record PackedColumns(PackedIds ids, int[] columnOf) {
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
                    now = new Generation(made, new byte[made.size()], new byte[made.size()], new AtomicReference<>(),
                            new AtomicReference<>(List.of()));
                    current = now;
                }
            }
        }
        return now;
    }

    /** Makes the table from the index's packed positions to the columns' now, so the first region question needs none. */
    void prepare(PackedIds ids) {
        generation().columnsOf(ids);
    }

    /**
     * The keys of the answers in the repository's order, or null when the columns cannot decide the question.
     *
     * @param region the region the index answers, when it decides the condition; else null
     */
    Keys keys(IncidentQuery query, IndexedRegion region) {
        SpatialCondition condition = query.spatial();
        if (!IncidentColumns.decides(query.filter()) || (condition != null && region == null && !(condition instanceof OnBank))) {
            return null;
        }
        Generation generation = generation();
        IncidentColumns at = generation.columns();
        IncidentColumns.Test passes = at.test(query.filter());
        if (region != null) {
            return generation.answersOf(region).keys(passes);
        }
        long[] keys = new long[at.size()];
        int count = 0;
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
        return new Keys(at, keys, count);
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

    /**
     * The counts of these answers in one pass over their keys: category from the columns, the side counted from the
     * answer's attributes (read once per incident of a list, then kept as a byte per position), how it answers from
     * the key.
     */
    AnswerCounts counts(Keys keys, Function<Incident, ItemAttributes> attributes) {
        Generation generation = current;
        IncidentColumns at = keys.columns();
        byte[] counted = generation != null && generation.columns() == at ? generation.counted() : new byte[at.size()];
        AnswerCounts.Tally tally = new AnswerCounts.Tally();
        long[] all = keys.keys();
        for (int i = 0; i < keys.count(); i++) {
            if ((i & 0xFFFF) == 0) {
                AnalysisBudget.checkNotStopped();
            }
            int k = (int) (all[i] >>> 2);
            int code = counted[k];
            if (code == 0) {
                ItemAttributes known = attributes.apply(at.incident(k));
                code = 1 + AnswerCounts.countedBank(known.bank(), known.bankCertain()).ordinal();
                counted[k] = (byte) code;
            }
            tally.add(at.category(k), code - 1, (int) (all[i] & 3));
        }
        return tally.counts();
    }

    static long key(int position, SpatialAnswer answer) {
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
