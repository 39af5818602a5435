package org.deconfliction.atlas.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's work on accounts: add users, set their roles, reset their passwords, disable and enable them. Every
 * method checks that the caller is an admin first, so the admin view's buttons are not the only guard. The last
 * enabled admin can be neither disabled nor given a lesser role, so the atlas always keeps someone who manages it.
 */
@Service
public class UserAdministration {

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final Access access;
    private final Clock clock;

    @Autowired
    UserAdministration(UserAccounts accounts, PasswordEncoder passwords, Access access) {
        this(accounts, passwords, access, Clock.systemUTC());
    }

    UserAdministration(UserAccounts accounts, PasswordEncoder passwords, Access access, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.access = access;
        this.clock = clock;
    }

    /** Every account, by username. */
    public List<UserAccount> users() {
        access.require(Role.ADMIN, "list the users");
        return accounts.findAll();
    }

    /**
     * Adds an enabled account.
     *
     * @throws AccountException when the username is not valid or taken, or the password too short
     */
    @Transactional
    public UserAccount add(String username, String password, Set<Role> roles) {
        access.require(Role.ADMIN, "add users");
        return create(username, password, roles);
    }

    /** Creates an account without checking the caller: for the first admin, before anyone can sign in. */
    UserAccount create(String username, String password, Set<Role> roles) {
        String name = Usernames.normalize(username);
        Usernames.checkPassword(password);
        if (roles.isEmpty()) {
            throw new AccountException("Give '" + name + "' at least one role");
        }
        UserAccount account = new UserAccount(name, roles, true, clock.instant());
        if (!accounts.insert(account, passwords.encode(password))) {
            throw new AccountException("There is already a user '" + name + "'");
        }
        return account;
    }

    /** Replaces the user's roles. */
    @Transactional
    public UserAccount setRoles(String username, Set<Role> roles) {
        access.require(Role.ADMIN, "set roles");
        UserAccount account = existing(username);
        if (roles.isEmpty()) {
            throw new AccountException("Give '" + account.username() + "' at least one role");
        }
        if (account.enabled() && account.role() == Role.ADMIN && Role.highest(roles) != Role.ADMIN) {
            refuseLastAdmin(account, "given a lesser role");
        }
        accounts.updateRoles(account.username(), roles);
        return existing(account.username());
    }

    /** Sets a new password, e.g. one the admin tells the user to change. */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        access.require(Role.ADMIN, "reset passwords");
        UserAccount account = existing(username);
        Usernames.checkPassword(newPassword);
        accounts.updatePasswordHash(account.username(), passwords.encode(newPassword));
    }

    /** Enables or disables the account; a disabled user can no longer sign in, in the UI or over the API. */
    @Transactional
    public UserAccount setEnabled(String username, boolean enabled) {
        access.require(Role.ADMIN, enabled ? "enable accounts" : "disable accounts");
        UserAccount account = existing(username);
        if (!enabled && account.enabled() && account.role() == Role.ADMIN) {
            refuseLastAdmin(account, "disabled");
        }
        accounts.updateEnabled(account.username(), enabled);
        return existing(account.username());
    }

    private void refuseLastAdmin(UserAccount account, String what) {
        long otherAdmins = accounts.findAll().stream().filter(UserAccount::enabled)
                .filter(other -> other.role() == Role.ADMIN && !other.username().equals(account.username())).count();
        if (otherAdmins == 0) {
            throw new AccountException("'" + account.username() + "' is the only enabled admin and cannot be " + what
                    + "; make another user admin first");
        }
    }

    private UserAccount existing(String username) {
        String name = Usernames.normalize(username);
        return accounts.find(name).map(UserAccounts.Stored::account)
                .orElseThrow(() -> new AccountException("There is no user '" + name + "'"));
    }
}
