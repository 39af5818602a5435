package org.deconfliction.atlas.geodata;

import java.util.Objects;

/**
 * A source document that a feature is drawn from: its title, its publisher when the document names one (else
 * null), and the file name of the document among the project's source documents; {@code seed} is null for a source
 * the project holds no copy of, such as the outlet an imported ACLED event cites.
 */
public record SourceReference(String title, String publisher, String seed) {

    public SourceReference {
        Objects.requireNonNull(title, "title");
    }

    /** The reference as shown to people: "Title (Publisher)", or the title alone when no publisher is named. */
    public String label() {
        return publisher == null ? title : title + " (" + publisher + ")";
    }
}
