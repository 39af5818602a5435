package org.deconfliction.atlas.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.deconfliction.atlas.ui.AtlasView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

/** The login page posts to the form sign-in, says when a sign-in was refused, and sends signed-in users on. */
@SpringBootTest
@org.junit.jupiter.api.extension.ExtendWith(org.deconfliction.atlas.security.ContextUserHolder.class)
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void anAnonymousVisitorGetsTheFormPostingToTheSignIn() {
        LoginView view = navigate(LoginView.class);

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(view.form()).isSameAs(form);
    }

    @Test
    void aRefusedSignInIsSaidWithoutSayingWhichPartWasWrong() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = $(LoginForm.class).single();
        LoginView view = $(LoginView.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(view.texts().getErrorMessage().getMessage())
                .contains("were not accepted, or the account is disabled").doesNotContain("Bad credentials");
    }

    @Test
    @WithMockUser(username = "ann", roles = "VIEWER")
    void aSignedInUserIsSentToTheMap() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat($(AtlasView.class).exists()).isTrue();
        assertThat($(LoginForm.class).exists()).isFalse();
    }
}
