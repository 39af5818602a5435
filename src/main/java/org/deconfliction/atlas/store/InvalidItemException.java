package org.deconfliction.atlas.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deconfliction.atlas.geodata.GeodataException;

/**
 * An item refused because it breaks the rules the shipped geodata is read by; {@link #problem()} names the field
 * at fault as the file reader does, e.g. {@code field 'date.end' must equal date.start ...}.
 */
public class InvalidItemException extends StoreWriteException {

    private static final Pattern FIELD = Pattern.compile("field '([^']+)' .*", Pattern.DOTALL);

    private final String problem;

    InvalidItemException(StoredLayer layer, String id, GeodataException cause) {
        super(layer, id, "the " + layer.item() + " '" + id + "' is not valid: " + cause.problem(), cause);
        this.problem = cause.problem();
    }

    /**
     * The path of the field at fault in the GeoJSON form ({@code title}, {@code date.end}, {@code location.precision}),
     * or null when the problem is with the whole item (its id, its geometry).
     */
    public String field() {
        Matcher matcher = FIELD.matcher(problem);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** What is wrong, naming the field. */
    public String problem() {
        return problem;
    }
}
