package org.deconfliction.atlas.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.deconfliction.atlas.security.Access;
import org.deconfliction.atlas.security.Role;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The header's user menu: "Sign in" for an anonymous visitor; for a signed-in user their name and role, with
 * "Users" for an admin and "Sign out". A new one for each view, as the user is when the view is made (signing in
 * or out reloads the page).
 */
@Component
@Scope("prototype")
public class UserMenu extends Div {

    private final Button signIn = new Button("Sign in");
    private final MenuBar menu = new MenuBar();

    public UserMenu(Access access, AuthenticationContext authentication) {
        addClassName("atlas-user-menu");
        if (!access.isSignedIn()) {
            signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signIn.addClickListener(e -> UI.getCurrent().navigate(LoginView.class));
            add(signIn);
            return;
        }
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        String name = access.username().orElseThrow();
        String role = access.role().map(Role::label).orElse("");
        MenuItem user = menu.addItem(name);
        user.setAriaLabel("Signed in as " + name + ", " + role);
        SubMenu items = user.getSubMenu();
        items.addItem("Signed in as " + name + " (" + role + ")").setEnabled(false);
        if (access.has(Role.ADMIN)) {
            items.addItem("Users", e -> UI.getCurrent().navigate(UsersView.class));
        }
        items.addItem("Sign out", e -> authentication.logout());
        add(menu);
    }

    /** The sign-in button, shown to anonymous visitors only; for the tests. */
    Button signInButton() {
        return signIn;
    }

    /** The menu, shown to signed-in users only; for the tests. */
    MenuBar menu() {
        return menu;
    }
}
