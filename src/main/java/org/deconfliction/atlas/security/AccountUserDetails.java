package org.deconfliction.atlas.security;

import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of the accounts in the store. A user holds the authority of each role their roles
 * include, so an admin is also {@code ROLE_EDITOR} and {@code ROLE_VIEWER} wherever a role is checked. A disabled
 * account is loaded as disabled, which Spring Security refuses at sign-in.
 */
@Service
class AccountUserDetails implements UserDetailsService {

    private final UserAccounts accounts;

    AccountUserDetails(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        UserAccounts.Stored stored = accounts.find(name)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        UserAccount account = stored.account();
        return User.withUsername(account.username())
                .password(stored.passwordHash())
                .disabled(!account.enabled())
                .authorities(account.role().included().stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList())
                .build();
    }
}
