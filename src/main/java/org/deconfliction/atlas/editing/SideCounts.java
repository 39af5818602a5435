package org.deconfliction.atlas.editing;

import org.deconfliction.atlas.incident.CasualtyCount;

/**
 * The casualty figures of one side as a form holds them: people killed and wounded, each as the lowest and highest
 * number the sources give; null where nothing is entered. Mutable, for a form's binder.
 */
public final class SideCounts {

    private Integer killedMin;
    private Integer killedMax;
    private Integer woundedMin;
    private Integer woundedMax;

    /** The figures of a stored count; all null for none. */
    static SideCounts of(CasualtyCount count) {
        SideCounts counts = new SideCounts();
        if (count != null && count.killed() != null) {
            counts.killedMin = count.killed().min();
            counts.killedMax = count.killed().max();
        }
        if (count != null && count.wounded() != null) {
            counts.woundedMin = count.wounded().min();
            counts.woundedMax = count.wounded().max();
        }
        return counts;
    }

    /** Whether any figure is entered. */
    boolean any() {
        return killedMin != null || killedMax != null || woundedMin != null || woundedMax != null;
    }

    /** Whether the killed or wounded range is given: one of its two figures is entered. */
    static boolean given(Integer min, Integer max) {
        return min != null || max != null;
    }

    public Integer getKilledMin() {
        return killedMin;
    }

    public void setKilledMin(Integer killedMin) {
        this.killedMin = killedMin;
    }

    public Integer getKilledMax() {
        return killedMax;
    }

    public void setKilledMax(Integer killedMax) {
        this.killedMax = killedMax;
    }

    public Integer getWoundedMin() {
        return woundedMin;
    }

    public void setWoundedMin(Integer woundedMin) {
        this.woundedMin = woundedMin;
    }

    public Integer getWoundedMax() {
        return woundedMax;
    }

    public void setWoundedMax(Integer woundedMax) {
        this.woundedMax = woundedMax;
    }
}
