package org.deconfliction.atlas.security.ui;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The UI's filter chain, set up by Vaadin's {@code VaadinSecurityConfigurer}: form sign-in through
 * {@link LoginView}, sign-out, Vaadin's CSRF handling, and view access by annotation ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}). With {@code atlas.security.anonymous-read=true} (the default) any page may be requested
 * without signing in and the views decide; with {@code false} every request but the login page's needs a
 * signed-in user, and {@link SignInRequired} also keeps anonymous visitors from navigating within the page.
 */
@Configuration
@EnableWebSecurity
class UiSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http,
            @Value("${atlas.security.anonymous-read:true}") boolean anonymousRead) throws Exception {
        return http.with(vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class, "/");
            if (anonymousRead) {
                vaadin.anyRequest(any -> any.permitAll());
            } else {
                vaadin.anyRequest(any -> any.authenticated());
            }
        }).build();
    }

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer(
            @Value("${atlas.security.anonymous-read:true}") boolean anonymousRead) {
        NavigationAccessControlConfigurer configurer = new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker();
        if (!anonymousRead) {
            configurer.withNavigationAccessChecker((NavigationAccessChecker) new SignInRequired());
        }
        return configurer;
    }
}
