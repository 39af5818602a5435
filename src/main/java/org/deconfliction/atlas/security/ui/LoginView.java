package org.deconfliction.atlas.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.deconfliction.atlas.security.Access;
import org.springframework.beans.factory.annotation.Value;

/**
 * The sign-in page ({@code /login}): Vaadin's LoginForm posting to Spring Security's form sign-in. A refused
 * sign-in comes back as {@code /login?error} and says so without telling which of name or password was wrong (or
 * that the account is disabled). A signed-in user is sent on to the map.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Deconfliction Atlas")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n texts = LoginI18n.createDefault();
    private final Access access;

    LoginView(Access access, @Value("${atlas.security.anonymous-read:true}") boolean anonymousRead) {
        this.access = access;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        texts.getForm().setTitle("Deconfliction Atlas");
        texts.getForm().setUsername("Username");
        texts.getErrorMessage().setTitle("Sign-in refused");
        texts.getErrorMessage().setMessage("The username and password were not accepted, or the account is disabled."
                + " Check them and try again; an admin can reset your password.");
        form.setI18n(texts);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form);
        if (anonymousRead) {
            add(new Anchor("", "Back to the map without signing in"));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (access.isSignedIn()) {
            event.forwardTo("");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    /** The form's texts, for the view's tests. */
    LoginI18n texts() {
        return texts;
    }

    /** The form, for the view's tests. */
    LoginForm form() {
        return form;
    }
}
