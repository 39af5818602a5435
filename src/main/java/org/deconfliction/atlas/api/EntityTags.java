package org.deconfliction.atlas.api;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stored version as an HTTP entity tag ({@code "3"}) and back from an {@code If-Match} header. */
final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private EntityTags() {
    }

    /** The entity tag of a version, quoted. */
    static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} value names; empty for {@code *} (any current version). A value that is no
     * tag this API gave out names version 0, which no item has, so the write is refused as stale.
     */
    static OptionalLong version(String ifMatch) {
        if (ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher tag = TAG.matcher(ifMatch);
        return OptionalLong.of(tag.matches() ? Long.parseLong(tag.group(1)) : 0);
    }
}
