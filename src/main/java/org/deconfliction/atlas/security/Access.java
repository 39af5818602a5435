package org.deconfliction.atlas.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The one role check for every feature: whether the user of the current request (or Vaadin UI) is signed in, who
 * they are and whether their role allows an action. Buttons use {@link #has(Role)} to show themselves; services
 * call {@link #require(Role)} before they change anything, so a forged request is refused as well. Endpoints and
 * service methods can also be annotated {@link EditorOnly} or {@link AdminOnly}.
 */
@Component
public class Access {

    private final Supplier<SecurityContextHolderStrategy> holder;

    /** Reads Spring Security's global holder of the current user. */
    public Access() {
        this.holder = SecurityContextHolder::getContextHolderStrategy;
    }

    /** Reads the application's own holder of the current user (Vaadin's, aware of the UI's session) where it has one. */
    @Autowired
    Access(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.holder = () -> strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in user's name; empty for an anonymous visitor. */
    public Optional<String> username() {
        return signedIn().map(Authentication::getName);
    }

    /** Whether someone is signed in (with any role). */
    public boolean isSignedIn() {
        return signedIn().isPresent();
    }

    /** Whether the signed-in user's role includes {@code role}; false for an anonymous visitor. */
    public boolean has(Role role) {
        return signedIn().map(auth -> auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals)).orElse(false);
    }

    /** The highest role of the signed-in user; empty for an anonymous visitor. */
    public Optional<Role> role() {
        return signedIn().map(auth -> Arrays.stream(Role.values()).filter(this::has).reduce((a, b) -> b)
                .orElse(null));
    }

    /**
     * Refuses the action unless the signed-in user's role includes {@code role}.
     *
     * @param action what the user tried, in words for the message ("delete incident 'khasham-2018'")
     * @throws AuthenticationCredentialsNotFoundException for an anonymous visitor (an HTTP 401)
     * @throws AccessDeniedException for a user without the role (an HTTP 403)
     */
    public void require(Role role, String action) {
        if (!isSignedIn()) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to " + action);
        }
        if (!has(role)) {
            throw new AccessDeniedException("Only a user with the " + role.label() + " role may " + action);
        }
    }

    private Optional<Authentication> signedIn() {
        Authentication auth = holder.get().getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
