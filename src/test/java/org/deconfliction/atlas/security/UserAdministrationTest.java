package org.deconfliction.atlas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** An admin manages accounts in a real embedded store; nobody else may, and the atlas always keeps an admin. */
class UserAdministrationTest {

    @TempDir
    Path folder;

    private TestStore store;

    @BeforeEach
    void anAdminIsSignedIn() {
        store = new TestStore(folder);
        store.administration.create("admin", "first-admin-pass", Set.of(Role.ADMIN));
        TestStore.signedInAs("admin", Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestStore.signedOut();
    }

    @Test
    void anAddedUserIsStoredWithABcryptHashAndSignsInWithTheirRole() {
        store.administration.add("Ann", "analyst-pass", Set.of(Role.EDITOR));

        assertThat(store.administration.users()).extracting(UserAccount::username).containsExactly("admin", "ann");
        String hash = store.jdbc.sql("SELECT password_hash FROM atlas_user WHERE username = 'ann'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("analyst-pass");
        UserDetails ann = new AccountUserDetails(store.accounts).loadUserByUsername("ANN");
        assertThat(store.passwords.matches("analyst-pass", ann.getPassword())).isTrue();
        assertThat(ann.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_EDITOR");
        assertThat(ann.isEnabled()).isTrue();
    }

    @Test
    void aDisabledAccountIsLoadedDisabledAndCanBeEnabledAgain() {
        store.administration.add("bob", "viewer-pass", Set.of(Role.VIEWER));

        store.administration.setEnabled("bob", false);
        assertThat(new AccountUserDetails(store.accounts).loadUserByUsername("bob").isEnabled()).isFalse();

        store.administration.setEnabled("bob", true);
        assertThat(new AccountUserDetails(store.accounts).loadUserByUsername("bob").isEnabled()).isTrue();
    }

    @Test
    void rolesAndPasswordsAreChangedByTheAdmin() {
        store.administration.add("cyd", "viewer-pass", Set.of(Role.VIEWER));

        assertThat(store.administration.setRoles("cyd", Set.of(Role.ADMIN)).role()).isEqualTo(Role.ADMIN);
        store.administration.resetPassword("cyd", "a-new-password");

        UserDetails cyd = new AccountUserDetails(store.accounts).loadUserByUsername("cyd");
        assertThat(store.passwords.matches("a-new-password", cyd.getPassword())).isTrue();
        assertThat(store.passwords.matches("viewer-pass", cyd.getPassword())).isFalse();
        assertThat(cyd.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_ADMIN");
    }

    @Test
    void badInputIsRefusedNamingWhatWasTyped() {
        assertThatThrownBy(() -> store.administration.add("ann smith", "analyst-pass", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountException.class).hasMessageContaining("'ann smith' cannot be a username");
        assertThatThrownBy(() -> store.administration.add("ann", "short", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountException.class).hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> store.administration.add("Admin", "another-pass", Set.of(Role.VIEWER)))
                .isInstanceOf(AccountException.class).hasMessage("There is already a user 'admin'");
        assertThatThrownBy(() -> store.administration.resetPassword("nobody", "another-pass"))
                .isInstanceOf(AccountException.class).hasMessage("There is no user 'nobody'");
        assertThat(store.administration.users()).extracting(UserAccount::username).containsExactly("admin");
    }

    @Test
    void theOnlyEnabledAdminCanBeNeitherDisabledNorDemoted() {
        assertThatThrownBy(() -> store.administration.setEnabled("admin", false))
                .isInstanceOf(AccountException.class).hasMessageContaining("only enabled admin");
        assertThatThrownBy(() -> store.administration.setRoles("admin", Set.of(Role.EDITOR)))
                .isInstanceOf(AccountException.class).hasMessageContaining("only enabled admin");

        store.administration.add("dee", "second-admin", Set.of(Role.ADMIN));
        assertThat(store.administration.setEnabled("admin", false).enabled()).isFalse();
    }

    @Test
    void onlyAnAdminMayManageAccounts() {
        store.administration.add("ed", "editor-pass", Set.of(Role.EDITOR));

        TestStore.signedInAs("ed", Role.EDITOR);
        assertThatThrownBy(() -> store.administration.add("eve", "viewer-pass", Set.of(Role.VIEWER)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("admin role");
        assertThatThrownBy(() -> store.administration.setRoles("ed", Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.administration.users()).isInstanceOf(AccessDeniedException.class);

        TestStore.signedOut();
        assertThatThrownBy(() -> store.administration.resetPassword("admin", "taken-over"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);

        TestStore.signedInAs("admin", Role.ADMIN);
        assertThat(store.administration.users()).extracting(UserAccount::username).containsExactly("admin", "ed");
        assertThat(store.administration.users().get(1).role()).isEqualTo(Role.EDITOR);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThatThrownBy(() -> new AccountUserDetails(store.accounts).loadUserByUsername("mallory"))
                .isInstanceOf(UsernameNotFoundException.class);
    }
}
