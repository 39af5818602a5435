package org.deconfliction.atlas.incident;

/** A count of people that the sources give only within bounds: at least {@code min}, at most {@code max}. */
public record Range(int min, int max) {

    public Range {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("a range needs 0 <= min <= max, was " + min + ".." + max);
        }
    }

    /** The count as shown to users: {@code 5} when exact, {@code 1–2} otherwise. */
    public String label() {
        return min == max ? Integer.toString(min) : min + "–" + max;
    }
}
