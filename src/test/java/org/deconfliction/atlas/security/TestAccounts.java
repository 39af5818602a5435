package org.deconfliction.atlas.security;

import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Accounts for tests, added as an admin adds them in the users view: signed in as an admin for that one call. */
public final class TestAccounts {

    private TestAccounts() {
    }

    /** Adds the account to the running atlas unless one of that name exists. */
    public static void add(ApplicationContext app, String username, String password, Set<Role> roles) {
        add(app.getBean(UserAdministration.class), app.getBean(SecurityContextHolderStrategy.class), username, password, roles);
    }

    /**
     * Adds the account unless one of that name exists, signed in as an admin in {@code currentUser}: the context's
     * own holder of the current user, since the global one may belong to another cached test context.
     */
    public static void add(UserAdministration administration, SecurityContextHolderStrategy currentUser, String username,
            String password, Set<Role> roles) {
        currentUser.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-admin", null,
                Role.ADMIN.included().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        try {
            if (administration.users().stream().noneMatch(user -> user.username().equals(username))) {
                administration.add(username, password, roles);
            }
        } finally {
            currentUser.clearContext();
        }
    }
}
