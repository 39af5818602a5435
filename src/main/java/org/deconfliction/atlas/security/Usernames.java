package org.deconfliction.atlas.security;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rule for usernames and passwords given when an account is created or its password reset. */
final class Usernames {

    /** Letters a–z, digits, dot, hyphen and underscore, starting with a letter or digit, at most 64 characters. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final int MIN_PASSWORD_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without a word. */
    static final int MAX_PASSWORD_BYTES = 72;

    private Usernames() {
    }

    /**
     * The username in the form it is stored: stripped and in lower case, so {@code Ann} and {@code ann} are one user.
     *
     * @throws AccountException naming the text when it is not a valid username
     */
    static String normalize(String text) {
        String name = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new AccountException("'" + (text == null ? "" : text.strip()) + "' cannot be a username: use 1–64 "
                    + "letters a–z, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return name;
    }

    /** @throws AccountException when the password is shorter than 8 characters or longer than 72 bytes */
    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("The password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new AccountException("The password must have at most " + MAX_PASSWORD_BYTES + " bytes (about "
                    + MAX_PASSWORD_BYTES + " letters a–z)");
        }
    }
}
