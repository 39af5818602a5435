package org.deconfliction.atlas.store;

import org.deconfliction.atlas.geodata.GeodataException;

/**
 * An item refused because it breaks the rules the shipped geodata is read by; {@link #problem()} names the field
 * at fault as the file reader does, e.g. {@code field 'date.end' must equal date.start ...}.
 */
public class InvalidItemException extends StoreWriteException {

    private final String problem;

    InvalidItemException(StoredLayer layer, String id, GeodataException cause) {
        super(layer, id, "the " + layer.item() + " '" + id + "' is not valid: " + cause.problem(), cause);
        this.problem = cause.problem();
    }

    /** What is wrong, naming the field. */
    public String problem() {
        return problem;
    }
}
