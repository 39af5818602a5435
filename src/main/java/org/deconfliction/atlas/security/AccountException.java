package org.deconfliction.atlas.security;

/**
 * An account change that cannot be made, with a message fit for the user naming what they gave and what is wrong
 * (an unknown username, a password too short, the last admin disabled); never a server internal.
 */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
