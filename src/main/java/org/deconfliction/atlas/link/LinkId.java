package org.deconfliction.atlas.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The id of a kept state: the first {@value #LENGTH} characters of the URL-safe Base64 form (96 bits) of the
 * SHA-256 digest of the state's text, so the same state always has the same id and two states share one with a
 * chance of about 1 in 10<sup>28</sup>.
 */
final class LinkId {

    static final int LENGTH = 16;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private LinkId() {
    }

    /** The id of the state; an empty state has one too. */
    static String of(String state) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the text has the form of an id (which says nothing about whether a state is kept under it). */
    static boolean isWellFormed(String text) {
        return text != null && FORM.matcher(text).matches();
    }
}
