package org.deconfliction.atlas.security.ui;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * With anonymous reading switched off: denies anonymous visitors every view but the login page, whatever the
 * view's own annotation allows, so they are sent to sign in. Has no opinion on signed-in users.
 */
final class SignInRequired implements NavigationAccessChecker {

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.getPrincipal() != null || context.isErrorHandling() || context.getNavigationTarget() == LoginView.class) {
            return context.neutral();
        }
        return context.deny("Sign in to open the atlas");
    }
}
