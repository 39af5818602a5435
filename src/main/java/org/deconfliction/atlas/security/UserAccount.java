package org.deconfliction.atlas.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A user account as the store holds it, without its password hash.
 *
 * @param username the name the user signs in with: lower case, see {@link Usernames}
 * @param roles    the roles given to the user, never empty
 * @param enabled  whether the user may sign in; a disabled account is refused everywhere
 * @param created  when the account was created
 */
public record UserAccount(String username, Set<Role> roles, boolean enabled, Instant created) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(created, "created");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("user '" + username + "' needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The highest role given: what the user may do. */
    public Role role() {
        return Role.highest(roles);
    }
}
