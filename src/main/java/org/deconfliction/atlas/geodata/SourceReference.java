package org.deconfliction.atlas.geodata;

import java.util.Objects;

/**
 * A source document that a feature is drawn from: its title, its publisher when the document names one (else
 * null), and the file name of the document among the project's source documents.
 */
public record SourceReference(String title, String publisher, String seed) {

    public SourceReference {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(seed, "seed");
    }

    /** The reference as shown to people: "Title (Publisher)", or the title alone when no publisher is named. */
    public String label() {
        return publisher == null ? title : title + " (" + publisher + ")";
    }
}
